import Foundation
import GRDB

/// Opens a catalogue file safely: a file that is not a Yuanjiao catalogue, or one written by a newer
/// schema, is refused before anything is written to it (WAL mode and migrations both write).
enum CatalogueFile {
    static func openPool(at path: String, readOnly: Bool = false) throws(CatalogueError) -> DatabasePool {
        let exists = FileManager.default.fileExists(atPath: path)
        if exists {
            try inspect(path)
        } else if readOnly {
            throw CatalogueError(.notFound, path: path, message: "目录文件不存在。请先运行 `yuanjiao index 文件夹` 建立目录。")
        }
        do {
            var configuration = Configuration()
            // Two processes (index and tag) may write at once: wait instead of failing with "database is locked".
            configuration.busyMode = .timeout(30)
            configuration.readonly = readOnly
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                db.add(tokenizer: ChineseFTS5Tokenizer.self)
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            if !readOnly {
                try CatalogueSchema.migrator.migrate(pool)
                try pool.write { db in try SearchIndex.rebuildIfTokenizerChanged(db) }
            }
            return pool
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError(.database, path: path, message: "无法打开目录：\(error)")
        }
    }

    /// Reads the header through a read-only connection, so a foreign file is never modified.
    private static func inspect(_ path: String) throws(CatalogueError) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size == 0 { return }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if tableCount == 0 { return }
                guard applicationID == CatalogueSchema.applicationID else {
                    throw CatalogueError(
                        .notACatalogue, path: path,
                        message: "这是一个 SQLite 数据库，但不是远教目录（application_id 不符），未作任何修改。请用 --catalog 指定远教目录文件。")
                }
                let applied = try CatalogueSchema.migrator.appliedIdentifiers(db)
                let known = Set(CatalogueSchema.migrator.migrations)
                let unknown = applied.subtracting(known).sorted()
                if !unknown.isEmpty {
                    throw CatalogueError(
                        .newerSchema, path: path,
                        message: "该目录由更新版本的远教写入（未知的结构版本：\(unknown.joined(separator: ", "))），未作任何修改。请升级远教后再打开。")
                }
            }
        } catch let error as CatalogueError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw CatalogueError(.notACatalogue, path: path, message: "不是 SQLite 数据库，也不是远教目录，未作任何修改。请用 --catalog 指定远教目录文件。")
        } catch {
            throw CatalogueError(.database, path: path, message: "无法读取目录：\(error)")
        }
    }
}
