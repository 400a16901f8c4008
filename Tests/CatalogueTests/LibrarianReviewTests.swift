import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("Librarian review queue")
struct LibrarianReviewTests {
    @Test("newest first (added, then id), each with suggestions and their reasons")
    func orderAndReasons() throws {
        let library = try LibrarianCatalogue(files: ["法律法规/宪法宣传教育.mp3", "卫星接收/CCTV7_20261202_1930.ts"])
        defer { library.remove() }
        // A second batch, added later.
        try library.workspace.copySamples(["农业科技/水稻育秧技术.mp4", "政策理论/乡村振兴战略解读.mkv"])
        try library.index()
        let queue = try library.catalogue.reviewQueue(seasons: LibrarianFixtures.seasons)
        #expect(queue.total == 4)
        let firstBatch = try ["宪法宣传教育.mp3", "CCTV7_20261202_1930.ts"].map(library.id).sorted(by: >)
        let secondBatch = try ["水稻育秧技术.mp4", "乡村振兴战略解读.mkv"].map(library.id).sorted(by: >)
        #expect(queue.items.map(\.id) == secondBatch + firstBatch)
        let added = queue.items.map(\.added)
        #expect(added == added.sorted(by: >))

        let reasons = Dictionary(uniqueKeysWithValues: queue.items.map { (($0.path as NSString).lastPathComponent, $0.suggested) })
        #expect(reasons["宪法宣传教育.mp3"]?.contains(TopicSuggestion(topic: "law", source: .rule, reason: "文件夹 法律法规/")) == true)
        #expect(reasons["CCTV7_20261202_1930.ts"]?.contains(TopicSuggestion(topic: "law", source: .guide, reason: "节目单分类「法制」")) == true)
        #expect(reasons["CCTV7_20261202_1930.ts"]?.first?.source == .guide)
        #expect(reasons["水稻育秧技术.mp4"]?.contains(TopicSuggestion(topic: "agritech", source: .season, reason: "时令：水稻育秧（3–4月）")) == true)
        #expect(queue.items.first { $0.path.hasSuffix("水稻育秧技术.mp4") }?.months == [3, 4])
    }

    @Test("a confirmed topic leaves the queue; missing files are not listed; limit keeps the total")
    func membership() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let total = try library.catalogue.reviewQueue().total
        #expect(total == LibrarianFixtures.files.count)
        let law = try library.id("宪法宣传教育.mp3")
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(confirmTopics: ["law"]), by: "t", summary: "tag")
        try FileManager.default.removeItem(atPath: library.workspace.path("courseware/道德教育/家风家训故事.m4a"))
        try library.index()
        let queue = try library.catalogue.reviewQueue(limit: 2)
        #expect(queue.total == total - 2)
        #expect(queue.items.count == 2)
        let all = try library.catalogue.reviewQueue()
        #expect(!all.items.contains { $0.id == law || $0.path.hasSuffix("家风家训故事.m4a") })
    }

    @Test("a rejected topic is never suggested again, by rules, guide or season")
    func rejectedTopicsHidden() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let keji = try library.id("CCTV7_20261201_1900.ts")
        let before = try #require(try library.catalogue.reviewQueue(seasons: LibrarianFixtures.seasons).items.first { $0.id == keji })
        #expect(Set(before.suggested.map(\.source)) == [.guide, .rule, .season])
        try library.catalogue.tag(.resources([keji]), edit: LibrarianEdit(rejectTopics: ["agritech"]), by: "t", summary: "tag")
        let after = try #require(try library.catalogue.reviewQueue(seasons: LibrarianFixtures.seasons).items.first { $0.id == keji })
        #expect(!after.suggested.contains { $0.topic == "agritech" })
        #expect(after.rejected == ["agritech"])
        #expect(!(try library.topicRows(keji)).contains { $0.hasPrefix("agritech") })
        let document = try library.catalogue.pool.read { db in
            try SearchIndex.document(db, row: try #require(try ResourceRow.fetchOne(db, key: keji)))
        }
        #expect(!document.tags.contains("农业科技"))
    }
}
