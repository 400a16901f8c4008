import GRDB
import Synchronization

/// A number that changes whenever anyone commits to the catalogue: this process's writer, the CLI in
/// another process, a second console. The console keys what it caches (the month page's data) on it, so
/// a cached page is never older than the last committed plan, import or tag.
///
/// SQLite's `PRAGMA data_version` changes on a connection when *other* connections commit, so it is read
/// on a private read-only connection that never writes; the pool's connections cannot serve, since each
/// read may land on a different one.
final class CatalogueChangeWatch: Sendable {
    private let connection = Mutex<DatabaseQueue?>(nil)

    func stamp(path: String) throws -> Int64 {
        try connection.withLock { queue in
            if queue == nil {
                queue = try DatabaseQueue(path: path, configuration: CatalogueFile.configuration(readOnly: true))
            }
            return try queue!.read { database in try Int64.fetchOne(database, sql: "PRAGMA data_version") ?? 0 }
        }
    }
}

extension Catalogue {
    /// See `CatalogueChangeWatch`: equal stamps mean nothing was committed in between.
    public func changeStamp() throws(CatalogueError) -> Int64 {
        do {
            return try changeWatch.stamp(path: path)
        } catch {
            throw CatalogueError(.database, path: path, message: "读取目录失败：\(error)")
        }
    }
}
