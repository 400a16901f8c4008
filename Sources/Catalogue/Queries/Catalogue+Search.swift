import ChineseText
import GRDB

/// Narrowing beside the text query: `--topic`, `--min`/`--max` minutes, `--format`.
public struct SearchFilters: Sendable, Equatable {
    public var topic: String?
    public var minMinutes: Double?
    public var maxMinutes: Double?
    public var format: String?

    public init(topic: String? = nil, minMinutes: Double? = nil, maxMinutes: Double? = nil, format: String? = nil) {
        self.topic = topic
        self.minMinutes = minMinutes
        self.maxMinutes = maxMinutes
        self.format = format
    }
}

extension Catalogue {
    /// Full-text search, simplified or traditional, pinyin or initials. Ranked by bm25 with title above
    /// tags above description, exact titles and title prefixes first. Snippets mark matches with
    /// `SearchResults.markStart`/`markEnd` around the original characters.
    public func search(_ query: String, filters: SearchFilters = SearchFilters(), limit: Int = 20) throws(CatalogueError) -> SearchResults {
        let parsed = SearchQuery(parsing: query)
        let expression: SearchExpression
        do {
            expression = try SearchExpression(parsed, tokenizer: SearchTokenizerRegistry.current)
        } catch {
            throw CatalogueError(.badQuery, path: "", message: "「\(query)」中没有可查找的文字。请输入汉字、拼音或词语；减号开头的词只用于排除")
        }
        let folded = TextFolding.fold(query.trimmingCharacters(in: .whitespaces))
        var conditions = ["resourceSearch MATCH ?"]
        var arguments: StatementArguments = [expression.match]
        if let topic = filters.topic {
            conditions.append("r.id IN (SELECT resourceId FROM resourceTopic WHERE topic = ?)")
            _ = arguments.append(contentsOf: [topic])
        }
        if let minimum = filters.minMinutes {
            conditions.append("r.duration >= ?")
            _ = arguments.append(contentsOf: [minimum * 60])
        }
        if let maximum = filters.maxMinutes {
            conditions.append("r.duration <= ?")
            _ = arguments.append(contentsOf: [maximum * 60])
        }
        if let format = filters.format?.lowercased() {
            conditions.append("(instr(lower(r.format), ?) > 0 OR lower(r.path) LIKE ?)")
            _ = arguments.append(contentsOf: [format, "%." + format])
        }
        let from = "FROM resourceSearch JOIN resource r ON r.id = resourceSearch.rowid WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) " + from, arguments: arguments) ?? 0
            var pageArguments = arguments
            _ = pageArguments.append(contentsOf: [folded, folded, max(0, limit)])
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.id, r.title, r.path, r.duration,
                       snippet(resourceSearch, -1, '\(SearchResults.markStart)', '\(SearchResults.markEnd)', '…', 24) AS snippet,
                       bm25(resourceSearch, 10.0, 5.0, 2.0, 1.0) AS score
                \(from)
                ORDER BY (yj_fold(r.title) = ?) DESC, (instr(yj_fold(r.title), ?) = 1) DESC, score, r.id
                LIMIT ?
                """, arguments: pageArguments)
            let ids = rows.map { $0["id"] as Int64 }
            let topics = try Self.topicIDs(db, for: ids)
            let hits = rows.map { row in
                SearchResults.Hit(
                    id: row["id"], title: row["title"], path: row["path"], duration: row["duration"],
                    topics: topics[row["id"]] ?? [], snippet: row["snippet"] ?? "")
            }
            return SearchResults(query: query, total: total, results: hits)
        }
    }

    /// Confirmed and suggested topic ids per resource, confirmed first.
    static func topicIDs(_ db: Database, for ids: [Int64]) throws -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int64: [String]] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT resourceId, topic, max(confirmed) AS confirmed FROM resourceTopic
            WHERE resourceId IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            GROUP BY resourceId, topic ORDER BY resourceId, confirmed DESC, topic
            """, arguments: StatementArguments(ids))
        for row in rows {
            result[row["resourceId"], default: []].append(row["topic"])
        }
        return result
    }

    /// Rebuilds the full-text index from the catalogue (`yuanjiao index --rebuild-search`).
    public func rebuildSearchIndex() throws(CatalogueError) {
        try write { db in try SearchIndex.rebuild(db) }
    }
}
