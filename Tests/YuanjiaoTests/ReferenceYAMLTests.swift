import Catalogue
import Foundation
import Testing
@testable import Yuanjiao

/// `show` reads seasons.yaml and topics.yaml through a quick node reader; the decoder stays the authority.
@Suite("reference-data YAML: the quick reader and the decoder agree")
struct ReferenceYAMLTests {
    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Catalog")

    private func scratchFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("the shipped files read the same both ways")
    func shippedFiles() throws {
        let topics = Self.catalog.appendingPathComponent("topics.yaml")
        let seasons = Self.catalog.appendingPathComponent("seasons.yaml")
        let taxonomy = try TopicsFile.load(topics, quick: true)
        #expect(taxonomy == (try TopicsFile.load(topics, quick: false)))
        #expect(taxonomy.ids.contains("law"))
        let calendar = try SeasonsFile.load(seasons, topics: taxonomy.ids, quick: true)
        #expect(calendar == (try SeasonsFile.load(seasons, topics: taxonomy.ids, quick: false)))
        #expect(!calendar.entries.isEmpty)
        // Both take the quick path: that is what keeps `show` and `review` fast.
        #expect(TopicsFile.readsQuickly(try String(contentsOf: topics, encoding: .utf8)))
        #expect(SeasonsFile.readsQuickly(try String(contentsOf: seasons, encoding: .utf8)))
    }

    @Test("quoted values, nulls, a single month, all year, tags and anchors: the same calendar either way")
    func unusualSpellings() throws {
        let url = try scratchFile("""
            version: 1
            seasons:
              - name: "春耕"
                keywords: ['春耕', 备耕]
                months: 3
                note: ~
              - name: 大棚
                keywords: [大棚]
                months: 全年
                topic: agritech
                note:
              - name: 柑橘
                keywords: &fruit [柑橘]
                months: ["11..2", 5]
              - name: 茶叶
                keywords: *fruit
                months: [!!str 4]
            """)
        defer { try? FileManager.default.removeItem(at: url) }
        let quick = try SeasonsFile.load(url, topics: nil, quick: true)
        #expect(quick == (try SeasonsFile.load(url, topics: nil, quick: false)))
        #expect(quick.entries.map(\.months) == [[3], Array(1...12), [1, 2, 5, 11, 12], [4]])
    }

    @Test("a broken file gives the decoder's located error, whichever way it is read")
    func brokenFile() throws {
        let url = try scratchFile("topics:\n  - id: law\n    labelx: 法律\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let quick = #expect(throws: TopicsFile.Invalid.self) { try TopicsFile.load(url, quick: true) }
        let careful = #expect(throws: TopicsFile.Invalid.self) { try TopicsFile.load(url, quick: false) }
        #expect(quick?.description == careful?.description)
        #expect(quick?.description.contains(":2: ") == true, "\(String(describing: quick))")
    }
}
