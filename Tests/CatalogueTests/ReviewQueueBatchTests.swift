import Foundation
import GRDB
import Testing
@testable import Catalogue

/// An index into an empty catalogue queues its new rows once per batch with the triggers off (`ReviewQueueBatch`);
/// these tests hold that path to what the triggers leave, and check that the triggers are back for everyone else.
@Suite("Review queue written per index batch")
struct ReviewQueueBatchTests {
    private static func insertResource(_ db: Database, path: String) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO resource (path, size, mtime, fingerprint, title, titleSource, addedAt, updatedAt)
            VALUES (?, 1, 0, 'f', 't', 'filename', '2026-12-07 00:00:00.000', '2026-12-07 00:00:00.000')
            """, arguments: [path])
        return db.lastInsertedRowID
    }

    private static func queued(_ catalogue: Catalogue, _ id: Int64) throws -> Bool {
        try catalogue.pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM reviewWaiting WHERE resourceId = ?)", arguments: [id]) ?? false
        }
    }

    private static func total(_ catalogue: Catalogue) throws -> Int {
        try catalogue.pool.read { db in try Int.fetchOne(db, sql: "SELECT total FROM reviewWaitingCount") ?? -1 }
    }

    @Test("an index into an empty catalogue, in batches of two, with a guide and rules: the queue the triggers leave")
    func freshIndexQueue() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(LibrarianFixtures.files)
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(
            roots: [folder], guides: [LibrarianFixtures.sampleGuide], taxonomy: LibrarianFixtures.taxonomy,
            options: IndexOptions(batchSize: 2))
        #expect(report.added == LibrarianFixtures.files.count)
        #expect(report.linked > 0)
        let (stored, expected) = try catalogue.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT resourceId, addedAt FROM reviewWaiting ORDER BY resourceId"),
             try Row.fetchAll(db, sql: """
                SELECT r.id, r.addedAt FROM resource r WHERE r.status = 'present'
                AND NOT EXISTS (SELECT 1 FROM resourceTopic rt WHERE rt.resourceId = r.id AND rt.confirmed = 1) ORDER BY r.id
                """))
        }
        #expect(stored.count == LibrarianFixtures.files.count)
        #expect(stored.map { [$0[0] as Int64, $0[1] as String] as [AnyHashable] }
                == expected.map { [$0[0] as Int64, $0[1] as String] as [AnyHashable] })
        #expect(try Self.total(catalogue) == stored.count)
        try ReviewWaitingTests.expectMatchesScan(catalogue)
    }

    @Test("after the run and after a batch that failed, the connection's triggers queue a new row again")
    func triggersBackOn() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let catalogue = library.catalogue
        let before = try Self.total(catalogue)
        let added = try catalogue.pool.write { db in try Self.insertResource(db, path: "/nowhere/a.mp4") }
        #expect(try Self.queued(catalogue, added))
        #expect(try Self.total(catalogue) == before + 1)

        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try catalogue.pool.write { db in
                let batch = try ReviewQueueBatch.Run(catalogueStartedEmpty: true).begin(db)
                defer { batch?.end() }
                #expect(batch != nil)
                _ = try Self.insertResource(db, path: "/nowhere/b.mp4")
                throw Interrupted()
            }
        }
        let again = try catalogue.pool.write { db in try Self.insertResource(db, path: "/nowhere/c.mp4") }
        #expect(try Self.queued(catalogue, again))
        #expect(try Self.total(catalogue) == before + 2)
        try ReviewWaitingTests.expectMatchesScan(catalogue)
    }

    @Test("the triggers on the tables an index batch writes are exactly those the batch path stands in for")
    func knownTriggers() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let tables = ReviewQueueBatch.batchTables.map { "'\($0)'" }.joined(separator: ",")
        let triggers = try catalogue.pool.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (\(tables))")
        }
        #expect(triggers == ReviewQueueBatch.knownTriggers)
    }

    @Test("a rejection naming an id not handed out yet keeps the triggers on")
    func futureRejection() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let catalogue = try Catalogue(path: workspace.catalogPath)
        try catalogue.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: """
                INSERT INTO topicRejection (resourceId, topic, createdAt, createdBy) VALUES (1, 'law', '2026-12-07', 't')
                """)
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let declined = try catalogue.pool.write { db in
            let batch = try ReviewQueueBatch.Run(catalogueStartedEmpty: true).begin(db)
            defer { batch?.end() }
            return batch == nil
        }
        #expect(declined)
    }
}
