import ChineseText
import Foundation
import GRDB

extension ResourceRow {
    /// The indexer's insert of new files, prepared once per batch, values bound straight through SQLite's C API.
    /// GRDB's `StatementArguments` (an array of existentials, retained and released per value) was a fifth of the
    /// insert's own time, the record machinery before it a quarter of the writer's.
    static func newRowInsert(_ db: Database) throws -> BoundStatement {
        try BoundStatement(db, sql: """
            INSERT INTO resource (path, size, mtime, fingerprint, status, title, titleSource, format, duration, bitRate,
                                  media, missingSince, kind, titleKey, addedAt, updatedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Inserts the row through `insert` (from `newRowInsert`), the probe result stored as JSON text exactly as GRDB's
    /// Codable encoding stores it (so every reader decodes it as before). `stamp` is the database value of `addedAt`,
    /// which equals `updatedAt` (GRDB formats every `Date` through a `DateFormatter`, so a batch converts it once).
    mutating func insertNew(_ db: Database, through insert: BoundStatement, stamp: DatabaseValue) throws {
        let mediaJSON = try media.map { info in
            try MediaInfoJSON.text(info)
                ?? String(decoding: try Self.databaseJSONEncoder(for: "media").encode(info), as: UTF8.self)
        }
        insert.reset()
        insert.bind(path)
        insert.bind(Int(size))
        insert.bind(mtime)
        insert.bind(fingerprint)
        insert.bind(status.rawValue)
        insert.bind(title)
        insert.bind(titleSource.rawValue)
        insert.bind(format)
        insert.bind(duration)
        insert.bind(bitRate)
        insert.bind(mediaJSON)
        insert.bind(missingSince?.databaseValue ?? .null)
        // What `DocumentPages.store` and `SearchIndex` set next, written now: their UPDATEs then find the value in
        // place and leave the row alone instead of rewriting it (and its index entries) twice.
        insert.bind(DocumentSummary.kind(media))
        insert.bind(TextFolding.fold(title))
        insert.bind(stamp)
        insert.bind(stamp)
        _ = try insert.execute()
        id = db.lastInsertedRowID
    }
}
