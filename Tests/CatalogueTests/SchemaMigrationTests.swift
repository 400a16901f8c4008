import Foundation
import Synchronization
import GRDB
import Testing
@testable import Catalogue

@Suite("schema migrations: one exclusive transaction")
struct SchemaMigrationTests {
    @Test("a failing step leaves the file exactly as before: no table of the earlier steps, nothing recorded")
    func allOrNothing() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let pool = try DatabasePool(path: workspace.catalogPath)
        var migrations = SchemaMigrations()
        migrations.registerMigration("a") { db in try db.execute(sql: "CREATE TABLE first (id INTEGER)") }
        migrations.registerMigration("b") { db in try db.execute(sql: "CREATE TABLE second (id INTEGER)") }
        migrations.registerMigration("c") { db in try db.execute(sql: "CREATE TABLE first (id INTEGER)") }
        #expect(throws: (any Error).self) { try migrations.migrate(pool) }
        let left = try pool.read { db -> (Bool, Bool, Set<String>) in
            (try db.tableExists("first"), try db.tableExists("second"), try migrations.appliedIdentifiers(db))
        }
        #expect(!left.0 && !left.1 && left.2.isEmpty, "\(left)")
    }

    @Test("every pending step runs between one BEGIN EXCLUSIVE and one COMMIT")
    func oneTransaction() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let statements = Mutex<[String]>([])
        var configuration = CatalogueFile.configuration(readOnly: false)
        configuration.prepareDatabase { db in
            db.trace { event in
                if case .statement(let statement) = event { statements.withLock { $0.append(statement.sql) } }
            }
        }
        let pool = try DatabasePool(path: workspace.catalogPath, configuration: configuration)
        statements.withLock { $0.removeAll() }  // opening the pool sets WAL mode in a transaction of its own
        try CatalogueSchema.migrate(pool)
        let transactions = statements.withLock { $0 }.map { $0.uppercased() }.filter {
            $0.hasPrefix("BEGIN") || $0.hasPrefix("COMMIT") || $0.hasPrefix("ROLLBACK")
        }
        // A deferred read first (is anything pending?), then the one write transaction.
        let writes = transactions.filter { $0.hasPrefix("BEGIN IMMEDIATE") || $0.hasPrefix("BEGIN EXCLUSIVE") }
        #expect(writes == ["BEGIN EXCLUSIVE TRANSACTION"], "\(transactions)")
        let exclusive = try #require(transactions.firstIndex { $0.hasPrefix("BEGIN EXCLUSIVE") })
        #expect(Array(transactions[exclusive...]) == ["BEGIN EXCLUSIVE TRANSACTION", "COMMIT TRANSACTION"], "\(transactions)")
        #expect(try pool.read { db in try CatalogueSchema.migrator.hasCompletedMigrations(db) })
        // A current file is only read: no write transaction at all.
        statements.withLock { $0.removeAll() }
        try CatalogueSchema.migrate(pool)
        #expect(!statements.withLock { $0 }.contains { $0.uppercased().hasPrefix("BEGIN EXCLUSIVE") })
    }

    @Test("eight connections creating one new catalogue at once all open it, schema complete")
    func racingOpens() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let path = workspace.catalogPath
        let failures = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    do {
                        _ = try Catalogue(path: path)
                        return nil
                    } catch {
                        return "\(error)"
                    }
                }
            }
            var failures: [String] = []
            for await failure in group { if let failure { failures.append(failure) } }
            return failures
        }
        #expect(failures.isEmpty, "\(failures)")
        let pool = try DatabasePool(path: path)
        #expect(try await pool.read { db in try CatalogueSchema.migrator.hasCompletedMigrations(db) })
    }
}
