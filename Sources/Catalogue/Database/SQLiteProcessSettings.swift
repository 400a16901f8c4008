import CSQLiteSettings

/// SQLite settings that hold for the whole process, not one connection: they can only be made before SQLite
/// initialises, which its first connection does. Every path that opens a catalogue touches `applied` first.
enum SQLiteProcessSettings {
    /// Memory statistics off for every connection of the process: with them on, each of SQLite's allocations
    /// takes one global mutex to count bytes — ≈ 0.11 s of a 100 MB guide import's 1.4 s writer. Nothing here
    /// reads those counts (`sqlite3_memory_used`, soft heap limits). If something opened a connection before
    /// us (a test, the benchmark's own queue), SQLite refuses with SQLITE_MISUSE and keeps its statistics:
    /// slower, never wrong, so the result is ignored.
    static let applied: Void = {
        _ = yuanjiao_sqlite_disable_memory_statistics()
    }()
}
