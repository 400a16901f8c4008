public import Foundation
import GRDB
public import ProgrammeGuide

/// The outcome of importing one guide file.
public struct GuideImport: Sendable {
    public var path: String
    /// Programmes inserted or replaced by a newer entry; an identical re-import counts nothing.
    public var changed: Int
    public var read: Int
    public var warnings: [GuideWarning]
}

extension Catalogue {
    /// Imports an XMLTV guide all-or-nothing, streaming it into one transaction: a malformed or hostile
    /// guide throws `GuideError` and the transaction rolls back, so nothing of it stays. A programme
    /// already known for the same channel and start is replaced when the new entry differs: a newer
    /// guide wins and a repeated import changes nothing.
    public func importGuide(at url: URL, options: GuideOptions = GuideOptions()) throws -> GuideImport {
        let now = Date()
        do {
            return try pool.write { db in
                let store = try ProgrammeStore(db: db, sourceFile: url.path, importedAt: now)
                let feed = GuideFeed(url: url, options: options)
                var read = 0, changed = 0
                do {
                    while let item = feed.next() {
                        switch item {
                        case .channel(let channel):
                            try store.upsert(channel)
                        case .programmes(let programmes):
                            read += programmes.count
                            for programme in programmes { changed += try store.upsert(programme) }
                        }
                    }
                } catch {
                    feed.cancel()
                    throw error
                }
                let warnings = try feed.result()
                return GuideImport(path: url.path, changed: changed, read: read, warnings: warnings)
            }
        } catch let error as GuideError {
            throw error
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError(.database, path: path, message: "导入节目单 \(url.path) 失败：\(error)")
        }
    }
}
