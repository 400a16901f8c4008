import ChineseText
import Foundation
import GRDB

extension ResourceRow {
    static let insertNewSQL = """
        INSERT INTO resource (path, size, mtime, fingerprint, status, title, titleSource, format, duration, bitRate,
                              media, addedAt, updatedAt, missingSince, kind, titleKey)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The indexer's insert of a new file through `statement` (prepared from `insertNewSQL` once per batch, values
    /// bound straight through SQLite: GRDB's argument array of 16 boxed values per file was a third of its cost),
    /// the probe result stored as JSON text exactly as GRDB's Codable encoding stores it (so every reader decodes
    /// it as before). The record machinery (a trial column encoding of `MediaInfo`, a persistence container, a
    /// DAO) was a quarter of the writer's time per file. `stamp`, when given, is the database value of `addedAt`,
    /// which equals `updatedAt`: a caller inserting many rows at one time converts it once (GRDB formats every
    /// `Date` through a `DateFormatter`).
    mutating func insertNew(_ db: Database, through statement: BoundStatement, stamp: DatabaseValue? = nil) throws {
        let mediaJSON = try media.map { info in
            try MediaInfoJSON.text(info)
                ?? String(decoding: try Self.databaseJSONEncoder(for: "media").encode(info), as: UTF8.self)
        }
        statement.reset()
        statement.bind(path)
        statement.bind(Int(size))
        statement.bind(mtime)
        statement.bind(fingerprint)
        statement.bind(status.rawValue)
        statement.bind(title)
        statement.bind(titleSource.rawValue)
        statement.bind(format)
        statement.bind(duration)
        statement.bind(bitRate)
        statement.bind(mediaJSON)
        statement.bind(stamp ?? addedAt.databaseValue)
        statement.bind(stamp ?? updatedAt.databaseValue)
        statement.bind(missingSince?.databaseValue ?? .null)
        // What `DocumentPages.store` and `SearchIndex` set next, written now: their UPDATEs then find the
        // value in place and leave the row alone instead of rewriting it (and its index entries) twice.
        statement.bind(DocumentSummary.kind(media))
        statement.bind(TextFolding.fold(title))
        _ = try statement.execute()
        id = db.lastInsertedRowID
    }
}
