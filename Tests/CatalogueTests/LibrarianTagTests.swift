import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("Librarian tagging")
struct LibrarianTagTests {
    @Test("--topic writes a confirmed librarian row with who and when; labels resolve to ids")
    func confirmTopic() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("宪法宣传教育.mp3")
        let when = Date(timeIntervalSince1970: 1_790_000_000)
        let outcome = try library.catalogue.tag(
            .resources([id]), edit: LibrarianEdit(confirmTopics: ["法律法規"]), by: "张馆员", summary: "tag", at: when)
        #expect(outcome.changed == 1)
        #expect(outcome.change != nil)
        let row = try #require(try library.catalogue.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM resourceTopic WHERE resourceId = ? AND source = 'librarian'", arguments: [id])
        })
        #expect(row["topic"] as String == "law")
        #expect(row["confirmed"] as Bool == true)
        #expect(row["createdBy"] as String == "张馆员")
        #expect(row["createdAt"] as Date == when)
        #expect(try library.catalogue.details(id: id).topics.first == .init(id: "law", source: "librarian", confirmed: true))
    }

    @Test("an unknown topic is refused, naming the known ids, and nothing changes")
    func unknownTopic() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("宪法宣传教育.mp3")
        #expect {
            try library.catalogue.tag(.resources([id]), edit: LibrarianEdit(confirmTopics: ["lawz"], addTags: ["普法"]), by: "t", summary: "tag")
        } throws: { error in
            let error = error as? CatalogueError
            return error?.kind == .notFound && error?.message.contains("未知的主题「lawz」") == true
                && error?.message.contains("law（法律法规）") == true
        }
        #expect(try library.state(id) == .empty)
        #expect(try library.catalogue.history().isEmpty)
    }

    @Test("unknown resource ids are refused all at once, naming each")
    func unknownIDs() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("宪法宣传教育.mp3")
        #expect {
            try library.catalogue.tag(.resources([id, 9001, 9002]), edit: LibrarianEdit(addTags: ["普法"]), by: "t", summary: "tag")
        } throws: { error in
            (error as? CatalogueError)?.message.contains("没有编号为 9001、9002 的资源") == true
        }
        #expect(try library.state(id) == .empty)
    }

    @Test("bad edits are refused with what to write instead", arguments: [
        (LibrarianEdit(addTags: ["普法,宣传"]), "分隔符"),
        (LibrarianEdit(addTags: ["  "]), "标记不能为空"),
        (LibrarianEdit(addTags: ["普法"], removeTags: ["普法"]), "既要加上又要去掉"),
        (LibrarianEdit(confirmTopics: ["law"], rejectTopics: ["法律法规"]), "既要确认又要移除"),
        (LibrarianEdit(episode: .set(0)), "集数 0 无效"),
        (LibrarianEdit(episode: .set(2)), "还不属于任何系列"),
        (LibrarianEdit(), "没有要做的修改"),
    ])
    func badEdits(edit: LibrarianEdit, message: String) throws {
        let library = try LibrarianCatalogue(files: ["法律法规/宪法宣传教育.mp3"], guide: false)
        defer { library.remove() }
        let id = try library.id("宪法宣传教育.mp3")
        #expect {
            try library.catalogue.tag(.resources([id]), edit: edit, by: "t", summary: "tag")
        } throws: { error in
            (error as? LibrarianError)?.kind == .badEdit && (error as? LibrarianError)?.message.contains(message) == true
        }
    }

    @Test("free tags are searchable at once; --untag removes them from search")
    func tagsAreSearchable() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("家风家训故事.m4a")
        #expect(try library.catalogue.search("移风易俗").total == 0)
        try library.catalogue.tag(.resources([id]), edit: LibrarianEdit(addTags: ["移风易俗", "春节"]), by: "t", summary: "tag")
        #expect(try library.catalogue.search("移风易俗").results.map(\.id) == [id])
        #expect(try library.catalogue.search("tag:春节").results.map(\.id) == [id])
        #expect(try library.catalogue.details(id: id).tags == ["春节", "移风易俗"])
        try library.catalogue.tag(.resources([id]), edit: LibrarianEdit(removeTags: ["移风易俗"]), by: "t", summary: "tag")
        #expect(try library.catalogue.search("移风易俗").total == 0)
    }

    @Test("a bulk tag by query changes every match, not one page, as one change")
    func bulkByQuery() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let source = TestWorkspace.samples.appendingPathComponent("法律法规/宪法宣传教育.mp3")
        for index in 1...27 {
            let target = workspace.root.appendingPathComponent("courseware/普法/宪法学习第\(index)课.mp3")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            var data = try Data(contentsOf: source)
            data.append(contentsOf: Array("copy\(index)".utf8))
            try data.write(to: target)
        }
        try workspace.copySamples(["农业科技/水稻育秧技术.mp4"])
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.index(roots: [workspace.path("courseware")], taxonomy: LibrarianFixtures.taxonomy)
        #expect(try catalogue.search("宪法", limit: 20).total == 27)

        let edit = LibrarianEdit(confirmTopics: ["law"], addTags: ["宪法宣传周"], audience: .set(.partyMember))
        let preview = try catalogue.previewTag(.query("宪法"), edit: edit)
        #expect(preview.matched == 27 && preview.changes.count == 27)
        let outcome = try catalogue.tag(.query("宪法"), edit: edit, by: "t", summary: "tag --query 宪法")
        #expect(outcome.changed == 27)
        let history = try catalogue.history()
        #expect(history.count == 1)
        #expect(history.first?.resources == 27)
        #expect(try catalogue.search("宪法宣传周", limit: 50).total == 27)
        // Applying the same again changes nothing and logs nothing.
        let again = try catalogue.tag(.query("宪法"), edit: edit, by: "t", summary: "again")
        #expect(again.changed == 0 && again.change == nil && again.matched == 27)
        #expect(try catalogue.history().count == 1)
    }

    @Test("an empty or unsearchable query is refused", arguments: ["", "   ", "-诈骗"])
    func badQueries(query: String) throws {
        let library = try LibrarianCatalogue(files: ["法律法规/宪法宣传教育.mp3"], guide: false)
        defer { library.remove() }
        #expect {
            try library.catalogue.tag(.query(query), edit: LibrarianEdit(addTags: ["x"]), by: "t", summary: "tag")
        } throws: { error in
            (error as? CatalogueError)?.kind == .badQuery
        }
    }

    @Test("a series set without an episode takes it from each title; audience is stored as its code")
    func seriesFromTitles() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let upper = try library.id("民法典与农民生活（上）.wmv")
        let lower = try library.id("民法典与农民生活（下）.wmv")
        try library.catalogue.tag(
            .resources([upper, lower]), edit: LibrarianEdit(audience: .set(.villager), series: .set(" 民法典与农民生活 ")),
            by: "t", summary: "tag")
        let details = try library.catalogue.details(id: lower)
        #expect(details.series == "民法典与农民生活")
        #expect(details.episode == 3)
        #expect(details.audience == .villager)
        #expect(try library.state(upper).episode == 1)
        try library.catalogue.tag(.resources([lower]), edit: LibrarianEdit(episode: .set(2)), by: "t", summary: "tag")
        #expect(try library.state(lower).episode == 2)
        try library.catalogue.tag(.resources([lower]), edit: LibrarianEdit(series: .clear), by: "t", summary: "tag")
        #expect(try library.state(lower).series == nil && library.state(lower).episode == nil)
    }
}
