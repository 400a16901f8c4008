import GRDB

extension Catalogue {
    /// Plain substring search over titles and paths (the FTS5 search of issue 4 replaces it).
    public func search(_ query: String, limit: Int = 20) throws(CatalogueError) -> SearchResults {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        let pattern = "%" + trimmed.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        return try read { db in
            let condition = "(title LIKE ? ESCAPE '\\' OR path LIKE ? ESCAPE '\\')"
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM resource WHERE " + condition, arguments: [pattern, pattern]) ?? 0
            let rows = try ResourceRow.fetchAll(
                db, sql: "SELECT * FROM resource WHERE " + condition + " ORDER BY title, id LIMIT ?",
                arguments: [pattern, pattern, max(0, limit)])
            let hits = rows.map { row in
                SearchResults.Hit(
                    id: row.id ?? 0, title: row.title, path: row.path, duration: row.duration,
                    topics: [], snippet: row.title)
            }
            return SearchResults(query: query, total: total, results: hits)
        }
    }
}

import Foundation
