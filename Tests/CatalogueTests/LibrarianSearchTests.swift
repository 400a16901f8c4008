import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("Librarian changes and the search index")
struct LibrarianSearchTests {
    @Test("the light rows a bulk tag refreshes search from build the same documents as complete rows")
    func lightRowsBuildSameDocuments() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.index(
            roots: [TestWorkspace.samples.path], guides: [LibrarianFixtures.sampleGuide], taxonomy: LibrarianFixtures.taxonomy)
        try catalogue.pool.read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM resource ORDER BY id")
            let light = try LibrarianStore.searchRows(db, ids: ids)
            #expect(light.map(\.id) == ids.map(Optional.some))
            for row in light {
                let id = try #require(row.id)
                let full = try #require(try ResourceRow.fetchOne(db, key: id))
                let expected = try SearchIndex.document(db, row: full)
                let actual = try SearchIndex.document(db, row: row)
                #expect(actual.title == expected.title && actual.tags == expected.tags, "\(full.path)")
                #expect(actual.description == expected.description && actual.filename == expected.filename, "\(full.path)")
            }
        }
    }

    @Test("confirming a topic the rules suggested leaves search as it was; an untopic removes its label")
    func topicLabels() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let law = try library.id("宪法宣传教育.mp3")
        #expect(try library.catalogue.search("tag:法律法规").results.contains { $0.id == law })
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(confirmTopics: ["law"]), by: "t", summary: "t")
        #expect(try library.catalogue.search("tag:法律法规").results.contains { $0.id == law })
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(confirmTopics: ["ethics"]), by: "t", summary: "t")
        #expect(try library.catalogue.search("tag:道德教育", limit: 50).results.contains { $0.id == law })
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(rejectTopics: ["law"]), by: "t", summary: "t")
        #expect(!(try library.catalogue.search("tag:法律法规").results.contains { $0.id == law }))
    }
}
