import ChineseText
import Foundation
import GRDB

extension ResourceRow {
    /// The indexer's insert of a new file through one cached statement, the probe result stored as JSON text
    /// exactly as GRDB's Codable encoding stores it (so every reader decodes it as before). The record
    /// machinery (a trial column encoding of `MediaInfo`, a persistence container, a DAO) was a quarter of
    /// the writer's time per file. `stamp`, when given, is the database value of `addedAt`, which equals
    /// `updatedAt`: a caller inserting many rows at one time converts it once (GRDB formats every `Date`
    /// through a `DateFormatter`).
    mutating func insertNew(_ db: Database, stamp: DatabaseValue? = nil) throws {
        let mediaJSON = try media.map { info in
            try MediaInfoJSON.text(info)
                ?? String(decoding: try Self.databaseJSONEncoder(for: "media").encode(info), as: UTF8.self)
        }
        try db.cachedStatement(sql: """
            INSERT INTO resource (path, size, mtime, fingerprint, status, title, titleSource, format, duration, bitRate,
                                  media, addedAt, updatedAt, missingSince, kind, titleKey)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                path, size, mtime, fingerprint, status.rawValue, title, titleSource.rawValue, format, duration, bitRate,
                mediaJSON, stamp ?? addedAt.databaseValue, stamp ?? updatedAt.databaseValue, missingSince,
                // What `DocumentPages.store` and `SearchIndex` set next, written now: their UPDATEs then find the
                // value in place and leave the row alone instead of rewriting it (and its index entries) twice.
                DocumentSummary.kind(media), TextFolding.fold(title),
            ])
        id = db.lastInsertedRowID
    }
}
