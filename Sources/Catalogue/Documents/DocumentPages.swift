import GRDB

/// A document's page text in the FTS5 table `documentPage`. The rowid packs the resource and the page
/// (`id << 16 | page`), so replacing one document's pages is a rowid range, not a scan.
enum DocumentPages {
    static let pageBits: Int64 = 16
    /// `DocumentLimits.maxTextPages` stays under this.
    static let mostPages = 1 << 16 - 1

    static func rowid(resource: Int64, page: Int) -> Int64 { resource << pageBits | Int64(page) }

    /// After a row was added, changed or moved: its kind, and its pages when it is a document. A row inserted
    /// now (`isNew`) was written with its kind and has no pages yet (ids are never reused).
    static func store(_ db: Database, row: ResourceRow, pages: [String]?, isNew: Bool = false) throws {
        guard let id = row.id else { return }
        if !isNew {
            // Only when it differs: a row is not rewritten to store the value it already holds.
            try db.cachedStatement(sql: "UPDATE resource SET kind = ?1 WHERE id = ?2 AND kind IS NOT ?1")
                .execute(arguments: [DocumentSummary.kind(row.media), id])
        }
        guard let pages else { return }
        if !isNew {
            try db.cachedStatement(sql: "DELETE FROM documentPage WHERE rowid BETWEEN ? AND ?")
                .execute(arguments: [rowid(resource: id, page: 0), rowid(resource: id, page: mostPages)])
        }
        let insert = try db.cachedStatement(sql: "INSERT INTO documentPage (rowid, body) VALUES (?, ?)")
        for (index, text) in pages.prefix(mostPages).enumerated() {
            guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
            try insert.execute(arguments: [rowid(resource: id, page: index + 1), text])
        }
    }
}
