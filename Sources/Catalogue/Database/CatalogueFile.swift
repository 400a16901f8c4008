import Foundation
import GRDB

/// Opens a catalogue file safely: a file that is not a Yuanjiao catalogue, or one written by a newer
/// schema, is refused before anything is written to it (WAL mode and migrations both write).
/// Read-only opens never create, migrate or write the file.
enum CatalogueFile {
    /// Another process may be indexing or tagging: every connection waits this long instead of failing
    /// with "database is locked".
    static let busyTimeout: TimeInterval = 30

    static func openPool(at path: String, readOnly: Bool = false) throws(CatalogueError) -> DatabasePool {
        SQLiteProcessSettings.applied
        try CatalogueFileKind.refuseSpecial(path)
        let exists = FileManager.default.fileExists(atPath: path)
        if readOnly {
            guard exists, (fileSize(path) ?? 0) > 0 else {
                throw CatalogueError(
                    .missingCatalogue, path: path,
                    message: "还没有目录（文件\(exists ? "是空的" : "不存在")）。请先运行 `yuanjiao index 课件文件夹` 建立目录，或用 --catalog 指定已有的目录文件。")
            }
        }
        if exists && !readOnly { try rollBackInterruptedWrite(path) }
        let upToDate = exists ? try inspect(path, readOnly: readOnly) : false
        do {
            if readOnly { return try openReadOnly(path) }
            // Creating and migrating are one exclusive step: a second `index` on a catalogue being born
            // waits here, then finds it migrated, instead of racing to create the same tables.
            let creation = upToDate ? nil : try IndexingLock.acquire(catalogPath: path, waiting: {})
            defer { withExtendedLifetime(creation) {} }
            let pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
            try CatalogueSchema.migrate(pool)
            try pool.write { db in try SearchIndex.rebuildIfTokenizerChanged(db) }
            return pool
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError(.database, path: path, message: "无法打开目录：\(DatabaseErrorText.describe(error))")
        }
    }

    static func configuration(readOnly: Bool) -> Configuration {
        SQLiteProcessSettings.applied
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = readOnly
        configuration.prepareDatabase { db in
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            db.add(tokenizer: ChineseFTS5Tokenizer.self)
            // Once per connection: SQLite refuses to replace a function while any statement is active.
            RecordingLinker.installFolding(db)
        }
        return configuration
    }

    /// A guide import killed in rollback-journal mode (`GuideImportJournal`) leaves a hot `-journal`, which a
    /// read-only connection cannot read past: a writable open lets SQLite roll it back first, so the catalogue
    /// is as it was before that import. A journal that is not hot (an import still running) is left alone.
    private static func rollBackInterruptedWrite(_ path: String) throws(CatalogueError) {
        guard FileManager.default.fileExists(atPath: path + "-journal") else { return }
        do {
            var rollback = Configuration()
            rollback.busyMode = .timeout(busyTimeout)
            let queue = try DatabaseQueue(path: path, configuration: rollback)
            defer { try? queue.close() }
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
        } catch {
            throw CatalogueError(.database, path: path, message: "无法打开目录：\(DatabaseErrorText.describe(error))")
        }
    }

    private static func openReadOnly(_ path: String) throws -> DatabasePool {
        try DatabasePool(path: readOnlyLocation(path), configuration: configuration(readOnly: true))
    }

    /// The path, or an `immutable=1` URI where SQLite would otherwise create `-wal`/`-shm` files beside
    /// the catalogue (a read must leave its folder as it found it) or cannot create them (a read-only
    /// folder). Without a `-wal` file no process has the catalogue open for writing, and what a read
    /// command does takes milliseconds: a writer that starts meanwhile appends to its own new WAL and
    /// leaves the main file alone until a checkpoint, far later. A guide import into an empty catalogue
    /// writes the file itself in rollback-journal mode (`GuideImportJournal`): from leaving WAL mode to
    /// returning to it the header says so, and a killed one leaves its `-journal`; neither is quiet.
    static func readOnlyLocation(_ path: String) -> String {
        let manager = FileManager.default
        let hasWAL = manager.fileExists(atPath: path + "-wal"), hasIndex = manager.fileExists(atPath: path + "-shm")
        let hasJournal = manager.fileExists(atPath: path + "-journal") || inRollbackJournalMode(path)
        let folder = (path as NSString).deletingLastPathComponent
        let folderWritable = manager.isWritableFile(atPath: folder.isEmpty ? "." : folder)
        let quiet = !hasWAL && !hasIndex && !hasJournal
        guard quiet || (!folderWritable && !hasIndex) else { return path }
        let absolute = URL(fileURLWithPath: path).path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute) + "?immutable=1"
    }

    /// The header's write version (byte 18) is 1 in rollback-journal mode, 2 in WAL mode, which a catalogue is in
    /// except while `GuideImportJournal` imports into it.
    private static func inRollbackJournalMode(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 20), header.count == 20 else { return false }
        return header[header.startIndex + 18] == 1
    }

    private static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    /// Reads the header through a read-only connection, so a foreign file is never modified; a refused
    /// file is left without the `-wal`/`-shm` files SQLite may create beside it while reading.
    /// Whether the catalogue has every migration (a write open then needs no exclusive creation step).
    private static func inspect(_ path: String, readOnly: Bool) throws(CatalogueError) -> Bool {
        if fileSize(path) == 0 { return false }
        let companions = [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
        do {
            return try inspectHeader(path, readOnly: readOnly)
        } catch {
            for companion in companions { try? FileManager.default.removeItem(atPath: companion) }
            throw error
        }
    }

    private static func inspectHeader(_ path: String, readOnly: Bool) throws(CatalogueError) -> Bool {
        do {
            let queue = try DatabaseQueue(path: readOnlyLocation(path), configuration: configuration(readOnly: true))
            defer { try? queue.close() }
            return try queue.read { db -> Bool in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                // Another `index` may be creating this catalogue right now: GRDB commits its bookkeeping table
                // before the first migration stamps the application id. That is a catalogue being born, not a
                // foreign database; a read command has nothing to read in it yet.
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tableCount == 0 || applicationID == 0 && Set(tables).isSubset(of: ["grdb_migrations"]) {
                    if readOnly { throw CatalogueFileKind.notYetIndexed(path) }
                    return false
                }
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
                // A read-only command must not migrate, and querying tables an older catalogue lacks would
                // surface SQLite's own words: say which command brings the catalogue up to date instead.
                let pending = known.subtracting(applied)
                if readOnly && !pending.isEmpty {
                    throw CatalogueError(
                        .olderSchema, path: path,
                        message: "该目录由旧版本的远教写入，缺少新的结构（\(pending.sorted().joined(separator: ", "))），未作任何修改。"
                            + "请先运行一次 yuanjiao index（或 yuanjiao plan）升级目录，再执行这个命令。")
                }
                return pending.isEmpty
            }
        } catch let error as CatalogueError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw CatalogueError(.notACatalogue, path: path, message: "不是 SQLite 数据库，也不是远教目录，未作任何修改。请用 --catalog 指定远教目录文件。")
        } catch {
            throw CatalogueError(.database, path: path, message: "无法读取目录：\(DatabaseErrorText.describe(error))")
        }
    }
}
