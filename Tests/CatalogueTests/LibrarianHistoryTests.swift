import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("Librarian change log and undo")
struct LibrarianHistoryTests {
    @Test("every change records who, when, which resources, before and after")
    func recorded() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("宪法宣传教育.mp3")
        let when = Date(timeIntervalSince1970: 1_790_000_000)
        try library.catalogue.tag(
            .resources([id]), edit: LibrarianEdit(confirmTopics: ["law"], addTags: ["普法"]), by: "李馆员", summary: "tag 1", at: when)
        try library.catalogue.tag(.resources([id]), edit: LibrarianEdit(audience: .set(.cadre)), by: "王馆员", summary: "tag 2")
        let history = try library.catalogue.history(resource: id)
        #expect(history.map(\.summary) == ["tag 2", "tag 1"])
        let first = try #require(history.last)
        #expect(first.by == "李馆员" && first.at == when && first.kind == .tag)
        #expect(first.items == [LibrarianChange.Item(
            resource: id, title: "宪法宣传教育", before: .empty, after: LibrarianState(topics: ["law"], tags: ["普法"]))])
        #expect(history.first?.items.first?.after.audience == .cadre)
        #expect(try library.catalogue.history(resource: try library.id("家风家训故事.m4a")).isEmpty)
        #expect(throws: CatalogueError.self) { try library.catalogue.history(resource: 9999) }
    }

    @Test("undo reverts the last change, is itself logged, and a bulk change undoes as a whole")
    func undoLast() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let law = try library.id("宪法宣传教育.mp3")
        let rice = try library.id("水稻育秧技术.mp4")
        let citrus = try library.id("柑橘春季管理.mp3")
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(confirmTopics: ["law"]), by: "t", summary: "one")
        let bulk = try library.catalogue.tag(
            .resources([rice, citrus]), edit: LibrarianEdit(confirmTopics: ["agritech"], addTags: ["春耕"]), by: "t", summary: "bulk")
        let undo = try library.catalogue.undo(by: "撤销人")
        #expect(undo.kind == .undo && undo.undoes == bulk.change && undo.by == "撤销人" && undo.resources == 2)
        #expect(try library.state(rice) == .empty && library.state(citrus) == .empty)
        #expect(try library.state(law).topics == ["law"])
        #expect(try library.catalogue.search("春耕").total == 0)
        // The next undo skips the undo entry and takes the change before.
        _ = try library.catalogue.undo(by: "t")
        #expect(try library.state(law) == .empty)
        #expect {
            try library.catalogue.undo(by: "t")
        } throws: { ($0 as? LibrarianError)?.kind == .nothingToUndo }
        let log = try library.catalogue.history()
        #expect(log.map(\.kind) == [.undo, .undo, .tag, .tag])
        #expect(log[2].undoneBy == undo.id)
    }

    @Test("undoing an undo redoes; an undone change cannot be undone twice; unknown ids are named")
    func redo() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("家风家训故事.m4a")
        let change = try #require(try library.catalogue.tag(
            .resources([id]), edit: LibrarianEdit(confirmTopics: ["ethics"], series: .set("家风")), by: "t", summary: "s").change)
        let undo = try library.catalogue.undo(change: change, by: "t")
        #expect {
            try library.catalogue.undo(change: change, by: "t")
        } throws: { ($0 as? LibrarianError)?.kind == .alreadyUndone }
        _ = try library.catalogue.undo(change: undo.id, by: "t")
        #expect(try library.state(id).topics == ["ethics"])
        #expect(try library.state(id).series == "家风")
        #expect {
            try library.catalogue.undo(change: 4242, by: "t")
        } throws: { ($0 as? LibrarianError)?.kind == .unknownChange && ($0 as? LibrarianError)?.message.contains("#4242") == true }
    }

    @Test("undo keeps later work: tags and topics element by element, and refuses to overwrite a later audience")
    func laterWorkKept() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("宪法宣传教育.mp3")
        let first = try #require(try library.catalogue.tag(
            .resources([id]), edit: LibrarianEdit(confirmTopics: ["law"], addTags: ["普法"], audience: .set(.villager)),
            by: "t", summary: "first").change)
        try library.catalogue.tag(.resources([id]), edit: LibrarianEdit(addTags: ["宪法日"], audience: .set(.cadre)), by: "t", summary: "second")
        #expect {
            try library.catalogue.undo(change: first, by: "t")
        } throws: { error in
            let error = error as? LibrarianError
            return error?.kind == .undoConflict && error?.message.contains("受众") == true && error?.message.contains("#2") == true
        }
        // Once the audience change is undone, the first change undoes and the second's tag stays.
        _ = try library.catalogue.undo(by: "t")
        _ = try library.catalogue.undo(change: first, by: "t")
        #expect(try library.state(id) == LibrarianState())
        try library.catalogue.tag(.resources([id]), edit: LibrarianEdit(addTags: ["普法"]), by: "t", summary: "third")
        let fourth = try #require(try library.catalogue.tag(
            .resources([id]), edit: LibrarianEdit(addTags: ["宪法日"]), by: "t", summary: "fourth").change)
        _ = fourth
        let third = try #require(try library.catalogue.history(limit: 2).last?.id)
        _ = try library.catalogue.undo(change: third, by: "t")
        #expect(try library.state(id).tags == ["宪法日"])
    }

    @Test("undoing an --untopic brings the machine suggestions back")
    func undoRestoresSuggestions() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("CCTV7_20261201_1900.ts")
        let rows = try library.topicRows(id)
        #expect(rows.contains("agritech guide 0"))
        try library.catalogue.tag(.resources([id]), edit: LibrarianEdit(rejectTopics: ["agritech"]), by: "t", summary: "reject")
        #expect(!(try library.topicRows(id)).contains { $0.hasPrefix("agritech") })
        _ = try library.catalogue.undo(by: "t")
        #expect(try library.topicRows(id) == rows)
        #expect(try library.state(id) == .empty)
    }
}
