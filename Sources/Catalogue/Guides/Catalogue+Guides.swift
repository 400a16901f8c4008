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
                var storeError: (any Error)?
                var read = 0, changed = 0
                let warnings = try GuideReader.stream(
                    contentsOf: url, options: options,
                    channel: { channel in
                        guard storeError == nil else { return }
                        do { try store.upsert(channel) } catch { storeError = error }
                    },
                    programme: { programme in
                        guard storeError == nil else { return }
                        read += 1
                        do { changed += try store.upsert(programme) } catch { storeError = error }
                    })
                if let storeError { throw storeError }
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
