import GRDB

extension Catalogue {
    /// Keeps the writer's statement journals in memory until the returned closure runs, and then puts
    /// `temp_store` back as it was.
    ///
    /// Inside a transaction every INSERT that fires triggers (the `resource` row and its review queue, the topic
    /// rows) journals the pages it first touches, so the statement alone can be rolled back. SQLite keeps that
    /// journal in memory up to 64 KiB and then moves it to a temporary file for the rest of the transaction: one
    /// large statement of a batch, and every later statement wrote each of its pages there with two `pwrite`s
    /// (28,000 calls in a 2,000-file index). With `temp_store = MEMORY` the journal never leaves memory; it holds
    /// one statement's pages at a time. Set for the index only: elsewhere a temporary b-tree can be as large as a
    /// sort over the guide's programmes, which belongs in a file.
    func statementJournalsInMemory() throws(CatalogueError) -> @Sendable () -> Void {
        do {
            let previous = try pool.writeWithoutTransaction { db in
                let value = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                return value
            }
            return { [pool] in
                try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = \(previous)") }
            }
        } catch {
            throw CatalogueError(.database, path: path, message: "写入目录失败：\(error)")
        }
    }
}
