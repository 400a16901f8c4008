import Foundation
import GRDB
import Testing
@testable import Catalogue

/// Issue 26: every index on `programme` costs each imported row a b-tree insertion, so only the ones queries use stay.
@Suite("programme indexes: those linking and search use, none on the raw title")
struct ProgrammeIndexesTests {
    private static let indexQuery = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'programme'"

    private static func migratedPool(_ workspace: TestWorkspace) throws -> DatabasePool {
        let pool = try DatabasePool(path: workspace.catalogPath, configuration: CatalogueFile.configuration(readOnly: false))
        try CatalogueSchema.migrate(pool)
        return pool
    }

    @Test("a new catalogue has the (channel, start), start and titleKey indexes and no programme_title")
    func newCatalogue() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let pool = try Self.migratedPool(workspace)
        let names = try pool.read { db in try Set(String.fetchAll(db, sql: Self.indexQuery)) }
        #expect(names == ["sqlite_autoindex_programme_1", "programme_start", "programme_titleKey"])
    }

    @Test("a catalogue from before v26 loses programme_title on opening and keeps its programmes")
    func olderCatalogue() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let pool = try Self.migratedPool(workspace)
        try pool.write { db in
            try db.execute(sql: "CREATE INDEX programme_title ON programme (title)")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v26-drop-programme-title-index'")
            try db.execute(sql: """
                INSERT INTO programme (channel, start, title, categories, keywords, episodeNumbers, digest, sourceFile, importedAt)
                VALUES ('CCTV-7', 0, '农广天地', '', '', '', '1', 'guide.xml', '2026-12-06 00:00:00.000')
                """)
        }
        try CatalogueSchema.migrate(pool)
        let (names, count) = try pool.read { db in
            (try Set(String.fetchAll(db, sql: Self.indexQuery)), try Int.fetchOne(db, sql: "SELECT count(*) FROM programme"))
        }
        #expect(!names.contains("programme_title"))
        #expect(count == 1)
    }
}
