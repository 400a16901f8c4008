import CSQLiteSettings
import GRDBSQLite
import GRDB

/// The review queue of an index batch into a catalogue that was empty when the run began, written once per batch
/// instead of by the triggers per row. Those ran, for each new `resource` row, an `INSERT … SELECT … NOT EXISTS`
/// into `reviewWaiting` and an update of its count, and for each topic suggestion the rejection check and the same
/// `INSERT … SELECT` again (which found the row queued already): a statement journal, a trigger frame and four
/// b-tree seeks per row, the largest share of the writer's `resource` INSERT.
///
/// Taken only where the stored rows are known to come out the same: every row the batch writes is inserted now
/// (no row existed at the start, so none is updated or moved), no topic rejection names an id not handed out yet,
/// and the triggers on the tables a batch writes are exactly those whose effect on new rows `finish` reproduces.
/// The triggers are off for this connection, inside this transaction only; every other writer (review, console,
/// moves, re-index of a non-empty catalogue) keeps them.
struct ReviewQueueBatch {
    /// Every trigger on the tables an index batch writes, as the migrations create them. Of these, a batch of new
    /// rows fires `resource_reviewInsert`, `reviewWaiting_counted`, `resourceTopic_skipRejected` (a no-op: no
    /// rejection names a new id) and `resourceTopic_reviewSuggested` (a no-op after the first); the others fire on
    /// updates, deletes and confirmed rows, which such a batch does not write.
    static let knownTriggers: Set<String> = [
        "resource_reviewInsert", "resource_reviewUpdate", "resource_reviewDelete",
        "resourceTopic_skipRejected", "resourceTopic_reviewConfirmed", "resourceTopic_reviewSuggested",
        "resourceTopic_reviewUpdate", "resourceTopic_reviewDelete",
        "reviewWaiting_counted", "reviewWaiting_uncounted",
    ]
    static let batchTables = [
        "resource", "resourceTopic", "reviewWaiting", "reviewWaitingCount", "resourceProgramme", "linkCandidate",
        "documentPage",
    ]

    private let connection: SQLiteConnection
    /// The largest id handed out before the batch: the batch's rows are the ones above it.
    private let lastIDBefore: Int64

    /// One index run's batches: whether they may take this path, the schema read once for the run.
    final class Run {
        private let catalogueStartedEmpty: Bool
        private var triggersKnown: Bool?

        init(catalogueStartedEmpty: Bool) {
            self.catalogueStartedEmpty = catalogueStartedEmpty
        }

        /// Turns the triggers off for the batch, or returns nil when they must run (then nothing changes).
        func begin(_ db: Database) throws -> ReviewQueueBatch? {
            guard catalogueStartedEmpty, let connection = db.sqliteConnection, try knowsEveryTrigger(db) else { return nil }
            let row = try Row.fetchOne(db, sql: """
                SELECT last, EXISTS (SELECT 1 FROM topicRejection WHERE resourceId > last)
                FROM (SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'resource'), 0) AS last)
                """)
            guard let row, row[1] as Bool == false,
                  yuanjiao_sqlite_enable_triggers(UnsafeMutableRawPointer(connection), 0) == SQLITE_OK
            else { return nil }
            return ReviewQueueBatch(connection: connection, lastIDBefore: row[0])
        }

        private func knowsEveryTrigger(_ db: Database) throws -> Bool {
            if let triggersKnown { return triggersKnown }
            let tables = batchTables.map { "'\($0)'" }.joined(separator: ",")
            let triggers = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (\(tables))")
            let known = triggers.isSubset(of: knownTriggers)
            triggersKnown = known
            return known
        }
    }

    /// What the triggers would have left: each new present row without a confirmed topic waits, counted.
    func finish(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO reviewWaiting (resourceId, addedAt)
            SELECT r.id, r.addedAt FROM resource r WHERE r.id > ? AND r.status = 'present'
            AND NOT EXISTS (SELECT 1 FROM resourceTopic rt WHERE rt.resourceId = r.id AND rt.confirmed = 1)
            """, arguments: [lastIDBefore])
        let queued = db.changesCount
        if queued > 0 {
            try db.execute(sql: "UPDATE reviewWaitingCount SET total = total + ?", arguments: [queued])
        }
    }

    /// Triggers back on, whether the batch committed or failed.
    func end() {
        _ = yuanjiao_sqlite_enable_triggers(UnsafeMutableRawPointer(connection), 1)
    }
}
