import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("Catalogue file safety")
struct CatalogueFileTests {
    @Test("a file that is not SQLite is refused and left byte for byte")
    func notSQLite() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        try workspace.write("这不是数据库\n", to: "notes.sqlite")
        let path = workspace.path("notes.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect { try Catalogue(path: path) } throws: { error in
            (error as? CatalogueError)?.kind == .notACatalogue
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("another program's SQLite database is refused and left byte for byte")
    func foreignSQLite() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let path = workspace.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect { try Catalogue(path: path) } throws: { error in
            (error as? CatalogueError)?.kind == .notACatalogue
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a catalogue from a newer schema is refused untouched")
    func newerSchema() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        _ = try Catalogue(path: workspace.catalogPath)
        let queue = try DatabaseQueue(path: workspace.catalogPath)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try queue.close()
        #expect { try Catalogue(path: workspace.catalogPath) } throws: { error in
            (error as? CatalogueError)?.kind == .newerSchema
        }
    }

    @Test("an empty file becomes a catalogue")
    func emptyFile() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        try workspace.write("", to: "empty.sqlite")
        let catalogue = try Catalogue(path: workspace.path("empty.sqlite"))
        #expect(try catalogue.search("x").total == 0)
    }
}
