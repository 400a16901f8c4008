import GRDB

/// Where an import into an empty programme table writes its pages. In WAL mode every page is written twice:
/// into the WAL at commit, then by the checkpoint into the catalogue file (a 100 MB guide: ≈ 0.35 s after the
/// last programme is read, most of it in `pwrite`). In rollback-journal mode the pages appended past the file's
/// old end need no journal, so they are written once; a killed import is rolled back from the journal like any
/// other transaction. Leaving WAL mode needs the catalogue to itself: while any other connection has it open
/// (the console, another command, a read of this process still running) SQLite refuses at once and the import
/// runs in WAL mode as before.
enum GuideImportJournal {
    /// Leaves WAL mode if no other connection has the catalogue open. Outside any transaction.
    static func leaveWAL(_ db: Database) -> Bool {
        // SQLite answers SQLITE_BUSY without waiting when another connection holds the file: keep WAL then.
        let mode = try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        return mode == "delete"
    }

    /// Back to WAL mode after the import, whether it was committed or rolled back. A reader that opened the
    /// catalogue meanwhile holds it only for its query: the busy timeout waits for it. Should that still fail,
    /// the catalogue stays correct in rollback-journal mode and the next open of a writer turns WAL on again.
    static func returnToWAL(_ db: Database) {
        _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }
}
