public import Foundation
import GRDB
public import ProgrammeGuide

/// The outcome of importing one guide file.
public struct GuideImport: Sendable {
    public var path: String
    /// Programmes inserted or replaced by a newer entry; an identical re-import counts nothing.
    public var changed: Int
    public var read: Int
    /// Entries of older guides in the range this guide covers that it no longer lists.
    public var retired: Int
    public var warnings: [GuideWarning]
}

extension Catalogue {
    /// Imports an XMLTV guide all-or-nothing, streaming it into one transaction: a malformed or hostile
    /// guide throws `GuideError` and the transaction rolls back, so nothing of it stays. A programme
    /// already known for the same channel and start is replaced when the new entry differs and its guide
    /// is not older (`<tv date>`, else the file's mtime); a repeated import changes nothing.
    public func importGuide(at url: URL, options: GuideOptions = GuideOptions()) throws -> GuideImport {
        let now = Date()
        let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? now
        do {
            // Idle readers of this process would keep the catalogue from leaving WAL mode; they reopen when needed.
            pool.invalidateReadOnlyConnections()
            return try pool.writeWithoutTransaction { db in
                let pagesOnce = try !ProgrammeStore.hasProgrammes(db) && GuideImportJournal.leaveWAL(db)
                defer { if pagesOnce { GuideImportJournal.returnToWAL(db) } }
                var imported: GuideImport?
                try db.inTransaction(.immediate) {
                    imported = try importGuide(
                        at: url, options: options, into: db, now: now, modified: modified, pagesOnce: pagesOnce)
                    return .commit
                }
                guard let imported else { throw CatalogueError(.database, path: path, message: "导入节目单 \(url.path) 失败") }
                return imported
            }
        } catch let error as GuideError {
            throw error
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError(.database, path: path, message: "导入节目单 \(url.path) 失败：\(error)")
        }
    }

    /// The import itself, inside the transaction `importGuide(at:options:)` opened (a test kills it halfway).
    /// `pagesOnce`: in rollback-journal mode into an empty table (`GuideImportJournal`).
    func importGuide(
        at url: URL, options: GuideOptions, into db: Database, now: Date, modified: Date, pagesOnce: Bool = false
    ) throws -> GuideImport {
        // A large guide touches index pages all over `programme`; SQLite's default 2 MB cache rereads them.
        // The import is one transaction, so a cache smaller than what it dirties spills pages to the WAL
        // and reads them back: 128 MiB holds a 100 MB guide's pages (import −0.4 s wall, −0.7 s CPU; peak
        // memory 100 → 155 MiB) and still caps memory for any larger guide. In rollback-journal mode a spilled
        // page goes straight into the file, once (the new pages past its old end need no journal): a cache of
        // 16 MiB, which holds the indexes' hot pages, writes the table's full pages while the guide is still
        // being read, where the writer has time to spare, instead of all of them in the commit after it. It pays
        // only since the stops are set while reading: set after it, they dirtied every spilled page again.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: pagesOnce ? "PRAGMA cache_size = -16384" : "PRAGMA cache_size = -131072")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        let feed = GuideFeed(url: url, options: options)
        var session: GuideImportSession?
        let channels = try ProgrammeStore(
            db: db, sourceFile: url.path, importedAt: now, guideDate: modified.timeIntervalSince1970)
        // Real feeds declare one id two or three times (「CCTV5+」, 「CCTV5plus」, 「CCTV5PLUS」): every
        // name given to it in this guide is a name of the channel, not only the last.
        var declared: [String: Channel] = [:]
        do {
            while let item = feed.next() {
                switch item {
                case .channel(var channel):
                    if let earlier = declared[channel.id] {
                        let known = Set(earlier.displayNames.map(\.text))
                        channel.displayNames = earlier.displayNames + channel.displayNames.filter { !known.contains($0.text) }
                    }
                    declared[channel.id] = channel
                    try channels.upsert(channel)
                case .programmes(let rows, let digests):
                    if session == nil {
                        let date = rows.guideDate ?? modified
                        let store = try ProgrammeStore(
                            db: db, sourceFile: url.path, importedAt: now, guideDate: date.timeIntervalSince1970)
                        session = try GuideImportSession(
                            store: store, path: url.relativePath, zone: options.defaultTimeZone)
                    }
                    try session?.add(rows, digests: digests)
                }
            }
        } catch {
            feed.cancel()
            throw error
        }
        let warnings = try feed.result()
        let retired = try session?.finish() ?? 0
        return GuideImport(
            path: url.path, changed: session?.changed ?? 0, read: session?.read ?? 0, retired: retired,
            warnings: warnings + (session?.warnings ?? []))
    }
}
