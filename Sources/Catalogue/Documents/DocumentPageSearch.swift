import GRDB

/// Search over documents' page text: which documents match only in their body, and on which page a hit is.
enum DocumentPageSearch {
    /// Matching pages read per query: enough for any results page; a word on every page of a thousand
    /// documents still costs one bounded scan.
    static let mostPages = 5_000

    /// Documents whose pages match but whose title, tags and description do not, best page first.
    static func bodyOnlyMatches(_ db: Database, match: String, filter: SearchFilterSQL) throws -> [Int64] {
        let rowids = try Int64.fetchAll(db, sql: """
            SELECT rowid FROM documentPage WHERE documentPage MATCH ? ORDER BY rank LIMIT ?
            """, arguments: [match, mostPages])
        var seen: Set<Int64> = []
        let ids = rowids.map { $0 >> DocumentPages.pageBits }.filter { seen.insert($0).inserted }
        let kept = try filter.keep(db, ids: ids)
        let alsoInResource = try filter.matching(db, match: match, ids: kept)
        return kept.filter { !alsoInResource.contains($0) }
    }

    /// Document hits get the best matching page and that page's snippet.
    static func withPages(_ db: Database, hits: [SearchResults.Hit], match: String?) throws -> [SearchResults.Hit] {
        guard let match else { return hits }
        let statement = try db.cachedStatement(sql: """
            SELECT rowid, snippet(documentPage, 0, '\(SearchResults.markStart)', '\(SearchResults.markEnd)', '…', 24) AS snippet
            FROM documentPage WHERE documentPage MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT 1
            """)
        return try hits.map { hit in
            guard hit.kind == "document" else { return hit }
            var hit = hit
            let row = try Row.fetchOne(statement, arguments: [
                match, DocumentPages.rowid(resource: hit.id, page: 0), DocumentPages.rowid(resource: hit.id, page: DocumentPages.mostPages),
            ])
            if let row {
                hit.page = Int((row["rowid"] as Int64) & Int64(DocumentPages.mostPages))
                hit.snippet = Catalogue.withoutMarkers(row["snippet"] as String? ?? "")
            }
            return hit
        }
    }
}
