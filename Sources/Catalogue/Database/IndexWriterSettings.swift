import GRDB

extension Catalogue {
    /// Sets the writer connection up for an index run until the returned closure runs, which puts both settings
    /// back as they were. Set for the index only: elsewhere a temporary b-tree can be as large as a sort over the
    /// guide's programmes, which belongs in a file, and most commands touch a few pages.
    ///
    /// - `temp_store = MEMORY`: inside a transaction every INSERT that fires triggers (the `resource` row and its
    ///   review queue, the topic rows) journals the pages it first touches, so the statement alone can be rolled
    ///   back. SQLite keeps that journal in memory up to 64 KiB and then moves it to a temporary file for the rest
    ///   of the transaction: after one large statement of a batch, every later statement wrote each of its pages
    ///   there with two `pwrite`s (37,000 calls in a 2,000-file index, 4,600 without). In memory the journal holds
    ///   one statement's pages at a time.
    /// - `cache_size` 32 MiB: a batch touches the `resource` table, its four indexes, the topic and full-text
    ///   tables; a 2,000-file catalogue is already 3.7 MB, past SQLite's default 2 MB cache, so pages were dropped
    ///   and read back from the WAL within the run (1,600 `pread`s). The cache only grows as pages are used.
    func indexWriterSettings() throws(CatalogueError) -> @Sendable () -> Void {
        do {
            let previous = try pool.writeWithoutTransaction { db in
                let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                try db.execute(sql: "PRAGMA cache_size = -32768")
                return (tempStore, cacheSize)
            }
            return { [pool] in
                try? pool.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA temp_store = \(previous.0)")
                    try db.execute(sql: "PRAGMA cache_size = \(previous.1)")
                }
            }
        } catch {
            throw CatalogueError(.database, path: path, message: "写入目录失败：\(error)")
        }
    }
}
