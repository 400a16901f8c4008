import Foundation
import Testing
@testable import Catalogue

@Suite("Librarian records: export and import in the catalogue")
struct LibrarianImportTests {
    @Test("rows match by fingerprint (paths differ between counties), then by path; one logged change")
    func matching() throws {
        let county = try LibrarianCatalogue()
        defer { county.remove() }
        let law = try county.id("宪法宣传教育.mp3")
        try county.catalogue.tag(
            .resources([law]), edit: LibrarianEdit(confirmTopics: ["law"], addTags: ["普法"], series: .set("宪法"), episode: .set(1)),
            by: "t", summary: "t")
        let records = try county.catalogue.librarianRecords()
        #expect(records.map(\.id) == [law])
        #expect(try county.catalogue.librarianRecords(includeUntagged: true).count == LibrarianFixtures.files.count)

        let other = try LibrarianCatalogue()
        defer { other.remove() }
        let otherLaw = try other.id("宪法宣传教育.mp3")
        let rice = try other.id("水稻育秧技术.mp4")
        let riceRow = LibrarianImportRow(
            line: 3, fingerprint: nil, path: other.workspace.path("courseware/农业科技/水稻育秧技术.mp4"),
            edit: LibrarianEdit(confirmTopics: ["农业科技"]))
        let rows = records.map { LibrarianImportRow(
            line: 2, fingerprint: $0.fingerprint, path: $0.path,
            edit: LibrarianEdit(confirmTopics: $0.state.topics, addTags: $0.state.tags, series: .set($0.state.series ?? ""), episode: .set(1))) }
            + [riceRow, LibrarianImportRow(line: 4, fingerprint: "ffff-0", path: "/elsewhere/x.mp4", edit: LibrarianEdit(addTags: ["x"]))]

        let dry = try other.catalogue.importLibrarianRows(rows, summary: "import", by: "t", write: false, strict: false)
        #expect(dry.changes.map(\.id).sorted() == [otherLaw, rice].sorted())
        #expect(dry.unmatchedLines == [4] && !dry.applied)
        #expect(try other.state(otherLaw) == .empty)

        let done = try other.catalogue.importLibrarianRows(rows, summary: "import", by: "t", write: true, strict: false)
        #expect(done.applied && done.change != nil)
        #expect(try other.state(otherLaw) == LibrarianState(topics: ["law"], tags: ["普法"], series: "宪法", episode: 1))
        #expect(try other.state(rice).topics == ["agritech"])
        #expect(try other.catalogue.history().count == 1)
    }

    @Test("a bad row is skipped and reported; strict writes nothing")
    func badRows() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let path = library.workspace.path("courseware/法律法规/宪法宣传教育.mp3")
        let rows = [
            LibrarianImportRow(line: 2, fingerprint: nil, path: path, edit: LibrarianEdit(confirmTopics: ["law"])),
            LibrarianImportRow(line: 3, fingerprint: nil, path: path, edit: LibrarianEdit(confirmTopics: ["nonsense"])),
            LibrarianImportRow(line: 4, fingerprint: nil, path: path, edit: LibrarianEdit(episode: .set(3))),
        ]
        let strict = try library.catalogue.importLibrarianRows(rows, summary: "i", by: "t", write: true, strict: true)
        #expect(strict.problems.map(\.line) == [3, 4] && !strict.applied)
        #expect(try library.state(try library.id("宪法宣传教育.mp3")) == .empty)
        let lenient = try library.catalogue.importLibrarianRows(rows, summary: "i", by: "t", write: true, strict: false)
        #expect(lenient.applied && lenient.problems.count == 2)
        #expect(try library.state(try library.id("宪法宣传教育.mp3")).topics == ["law"])
    }

    @Test("replace mode: the row's columns become the data; merge mode only adds")
    func replaceAndMerge() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let id = try library.id("宪法宣传教育.mp3")
        try library.catalogue.tag(
            .resources([id]), edit: LibrarianEdit(confirmTopics: ["law", "policy"], rejectTopics: ["ethics"], addTags: ["甲", "乙"],
                                                  audience: .set(.cadre)), by: "t", summary: "t")
        let path = library.workspace.path("courseware/法律法规/宪法宣传教育.mp3")
        let merge = LibrarianImportRow(line: 2, fingerprint: nil, path: path, edit: LibrarianEdit(addTags: ["丙"]))
        _ = try library.catalogue.importLibrarianRows([merge], summary: "i", by: "t", write: true, strict: false)
        #expect(try library.state(id).tags == ["丙", "乙", "甲"])
        let replace = LibrarianImportRow(line: 2, fingerprint: nil, path: path, edit: LibrarianEdit(
            confirmTopics: ["law"], addTags: ["丙"], replaceTopics: true, replaceTags: true, audience: .clear))
        _ = try library.catalogue.importLibrarianRows([replace], summary: "i", by: "t", write: true, strict: false)
        #expect(try library.state(id) == LibrarianState(topics: ["law"], rejected: ["ethics"], tags: ["丙"]))
    }
}
