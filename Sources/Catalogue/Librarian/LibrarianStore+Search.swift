import Foundation
import GRDB
import MediaProbe

extension LibrarianStore {
    /// `SearchIndex.refresh(db, row:)` for many resources at once. The rows are read a thousand at a time,
    /// and only with what a search document is built from (title, path, embedded tags): decoding each
    /// row's whole probe result (streams, programs, chapters) would cost more than the rest of a bulk tag.
    /// `LibrarianSearchTests` checks the documents are the ones built from complete rows.
    func refreshSearch(_ ids: [Int64]) throws {
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + 1000, ids.count)])
            for row in try Self.searchRows(db, ids: chunk) { try SearchIndex.refresh(db, row: row) }
            start += chunk.count
        }
    }

    /// Resource rows whose `media` holds only the embedded tags, in id order.
    static func searchRows(_ db: Database, ids: [Int64]) throws -> [ResourceRow] {
        let list = JSONIDs.encode(ids)
        var tags: [Int64: [String: String]] = [:]
        let tagRows = try Row.fetchCursor(db, sql: """
            SELECT r.id, t.key, t.value FROM resource r,
                   json_each(CASE WHEN json_valid(r.media) THEN r.media ELSE '{}' END, '$.tags') t
            WHERE r.id IN (SELECT value FROM json_each(?)) AND t.type = 'text'
            """, arguments: [list])
        while let row = try tagRows.next() {
            tags[row[0], default: [:]][row[1]] = row[2]
        }
        // Every column as stored (whatever the schema version adds), but the probe result.
        let columns = try db.columns(in: "resource").map { $0.name == "media" ? "NULL AS media" : "\"\($0.name)\"" }
        return try ResourceRow.fetchAll(db, sql: """
            SELECT \(columns.joined(separator: ", ")) FROM resource
            WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, arguments: [list]).map { row in
            var row = row
            if let id = row.id, let found = tags[id] {
                row.media = MediaInfo(formatName: row.format ?? "", formatLongName: "", tags: found)
            }
            return row
        }
    }
}
