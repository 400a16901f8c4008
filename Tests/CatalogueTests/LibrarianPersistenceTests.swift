import Foundation
import GRDB
import Testing
@testable import Catalogue

/// Librarian data wins: nothing the indexer, the guides or the topic rules do overwrites it.
@Suite("Librarian data survives rescans, guides, rules, moves and missing files")
struct LibrarianPersistenceTests {
    static let work = LibrarianEdit(
        confirmTopics: ["law"], rejectTopics: ["agritech"], addTags: ["农业普法"], audience: .set(.villager),
        series: .set("科技苑"), episode: .set(7))

    static let expected = LibrarianState(
        topics: ["law"], rejected: ["agritech"], tags: ["农业普法"], audience: .villager, series: "科技苑", episode: 7)

    @Test("a rescan, a changed taxonomy (every resource reclassified) and a guide re-import keep it")
    func rescansAndRules() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let keji = try library.id("CCTV7_20261201_1900.ts")
        try library.catalogue.tag(.resources([keji]), edit: Self.work, by: "t", summary: "tag")
        let rowsAfterTag = try library.topicRows(keji)

        try library.index()
        #expect(try library.state(keji) == Self.expected)
        #expect(try library.topicRows(keji) == rowsAfterTag)

        // The taxonomy changes: TopicStore deletes and re-derives every guide and rule suggestion.
        try library.index(taxonomy: LibrarianFixtures.changedTaxonomy)
        #expect(try library.state(keji) == Self.expected)
        #expect(try library.topicRows(keji).contains("law librarian 1"))
        #expect(!(try library.topicRows(keji)).contains { $0.hasPrefix("agritech") })

        // A newer guide for the same programme, with other categories, imported and applied.
        let guide = try String(contentsOf: LibrarianFixtures.sampleGuide, encoding: .utf8)
            .replacingOccurrences(of: "<sub-title lang=\"zh\">冬季大棚蔬菜防冻技术</sub-title>",
                                  with: "<sub-title lang=\"zh\">冬季大棚蔬菜防冻技术（重播）</sub-title>")
        try library.workspace.write(guide, to: "newer-guide.xml")
        let report = try library.catalogue.index(
            roots: [library.folder], guides: [URL(fileURLWithPath: library.workspace.path("newer-guide.xml"))],
            taxonomy: LibrarianFixtures.taxonomy)
        #expect(report.programmes > 0)
        #expect(try library.state(keji) == Self.expected)
        #expect(!(try library.topicRows(keji)).contains { $0.hasPrefix("agritech") })
        #expect(try library.catalogue.details(id: keji).topics.first == .init(id: "law", source: "librarian", confirmed: true))
    }

    @Test("a moved and a renamed file keep their librarian data")
    func movesAndRenames() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let moved = try library.id("宪法宣传教育.mp3")
        let renamed = try library.id("水稻育秧技术.mp4")
        try library.catalogue.tag(.resources([moved, renamed]), edit: Self.work, by: "t", summary: "tag")
        try library.workspace.move("courseware/法律法规/宪法宣传教育.mp3", to: "courseware/归档/2026/宪法宣传教育.mp3")
        try library.workspace.move("courseware/农业科技/水稻育秧技术.mp4", to: "courseware/农业科技/水稻育秧（新版）.mp4")
        let report = try library.index()
        #expect(report.moved == 2)
        #expect(try library.id("水稻育秧（新版）.mp4") == renamed)
        #expect(try library.id("2026/宪法宣传教育.mp3") == moved)
        #expect(try library.state(moved) == Self.expected)
        #expect(try library.state(renamed) == Self.expected)
        #expect(try library.catalogue.search("农业普法").results.map(\.id).sorted() == [moved, renamed].sorted())
    }

    @Test("a missing file keeps its data until it returns, and an updated file keeps it too")
    func missingAndBack() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("家风家训故事.m4a")
        try library.catalogue.tag(.resources([id]), edit: Self.work, by: "t", summary: "tag")
        let path = library.workspace.path("courseware/道德教育/家风家训故事.m4a")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        let gone = try library.index()
        #expect(gone.missing == 1)
        #expect(try library.catalogue.details(id: id).status == "missing")
        #expect(try library.state(id) == Self.expected)
        try library.index()
        #expect(try library.state(id) == Self.expected)

        try data.write(to: URL(fileURLWithPath: path))
        try library.index()
        #expect(try library.catalogue.details(id: id).status == "present")
        #expect(try library.state(id) == Self.expected)

        // Same path, new content: updated in place, same id, data kept.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: TestWorkspace.samples.appendingPathComponent("道德教育/道德模范事迹报告.mkv").path, toPath: path)
        let updated = try library.index()
        #expect(updated.updated == 1)
        #expect(try library.state(id) == Self.expected)
    }
}
