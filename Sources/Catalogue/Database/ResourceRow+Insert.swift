import Foundation
import GRDB

extension ResourceRow {
    /// The indexer's insert of a new file through one cached statement, the probe result stored as JSON text
    /// exactly as GRDB's Codable encoding stores it (so every reader decodes it as before). The record
    /// machinery (a trial column encoding of `MediaInfo`, a persistence container, a DAO) was a quarter of
    /// the writer's time per file.
    mutating func insertNew(_ db: Database) throws {
        let mediaJSON = try media.map { String(decoding: try Self.databaseJSONEncoder(for: "media").encode($0), as: UTF8.self) }
        try db.cachedStatement(sql: """
            INSERT INTO resource (path, size, mtime, fingerprint, status, title, titleSource, format, duration, bitRate,
                                  media, addedAt, updatedAt, missingSince)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                path, size, mtime, fingerprint, status.rawValue, title, titleSource.rawValue, format, duration, bitRate,
                mediaJSON, addedAt, updatedAt, missingSince,
            ])
        id = db.lastInsertedRowID
    }
}
