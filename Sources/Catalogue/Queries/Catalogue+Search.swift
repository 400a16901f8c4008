import ChineseText
import GRDB
import ProgrammeGuide

/// Narrowing beside the text query: `--topic`, `--min`/`--max` minutes, `--format`.
public struct SearchFilters: Sendable, Equatable {
    public var topic: String?
    public var minMinutes: Double?
    public var maxMinutes: Double?
    public var format: String?
    /// `video`, `audio` or `document` (`--kind`).
    public var kind: String?

    public init(
        topic: String? = nil, minMinutes: Double? = nil, maxMinutes: Double? = nil, format: String? = nil, kind: String? = nil
    ) {
        self.topic = topic
        self.minMinutes = minMinutes
        self.maxMinutes = maxMinutes
        self.format = format
        self.kind = kind
    }
}

extension Catalogue {
    /// Longer queries are refused: nobody types them, and each letter costs the pinyin segmenter.
    static let longestQuery = 500
    /// More terms are refused: each term adds a clause the full-text engine intersects with the others.
    static let mostTerms = 32

    /// Full-text search, simplified or traditional, pinyin or initials. Exact titles and title prefixes
    /// first, then bm25 with title above tags above description; a query matching more than
    /// `rankedSearchLimit` resources orders title matches first, newest first. Snippets mark matches
    /// with `SearchResults.markStart`/`markEnd` around the original characters.
    public func search(_ query: String, filters: SearchFilters = SearchFilters(), limit: Int = 20) throws(CatalogueError) -> SearchResults {
        guard query.count <= Self.longestQuery else {
            throw CatalogueError(
                .badQuery, path: "",
                message: "查询太长（\(query.count) 个字符）。请缩短到 \(Self.longestQuery) 个字符以内，只写最关键的几个词")
        }
        let parsed = SearchQuery(parsing: query)
        let terms = parsed.clauses.reduce(0) { $0 + $1.count } + parsed.exclusions.count
        guard terms <= Self.mostTerms else {
            throw CatalogueError(
                .badQuery, path: "", message: "查询中的词太多（\(terms) 个）。请减到 \(Self.mostTerms) 个以内，只写最关键的几个词")
        }
        let tokenizer = try SearchTokenizerRegistry.tokenizer()
        let expression: SearchExpression
        do {
            expression = try SearchExpression(parsed, tokenizer: tokenizer)
        } catch {
            throw CatalogueError(.badQuery, path: "", message: "「\(query)」中没有可查找的文字。请输入汉字、拼音或词语；减号开头的词只用于排除")
        }
        let filter = SearchFilterSQL(filters)
        let plainTerm = parsed.exclusions.isEmpty && parsed.clauses.count == 1 && parsed.clauses[0].count == 1
            && parsed.clauses[0][0].field == nil
        let folded = TextFolding.fold(query.trimmingCharacters(in: .whitespaces))
        // Page text has one column: a query naming a field (title:…) searches only the resource columns.
        let searchesPages = parsed.clauses.allSatisfy { $0.allSatisfy { $0.field == nil } }
        return try read { db in
            var total = try filter.count(db, match: expression.match)
            var ids: [Int64] = []
            func take(_ more: [Int64]) {
                for id in more where ids.count < limit && !ids.contains(id) { ids.append(id) }
            }
            // Exact titles, then titles that start with the query: an index lookup, checked against the match.
            if plainTerm, !folded.isEmpty {
                take(try filter.titleBoosts(db, match: expression.match, folded: folded, limit: limit))
            }
            if ids.count < limit {
                if total <= Self.rankedSearchLimit {
                    take(try filter.ranked(db, match: expression.match, limit: limit + ids.count))
                } else {
                    // Too many matches to score them all in a few milliseconds: title matches first, then
                    // the rest, newest first in each — FTS5 walks rowids in order and stops at the page.
                    take(try filter.newest(db, match: "title : (\(expression.match))", limit: limit + ids.count))
                    if ids.count < limit { take(try filter.newest(db, match: expression.match, limit: limit + ids.count)) }
                }
            }
            // Documents whose body alone matches come after every title, tag and description match.
            if searchesPages {
                let bodyOnly = try DocumentPageSearch.bodyOnlyMatches(db, match: expression.match, filter: filter)
                total += bodyOnly.count
                take(bodyOnly)
            }
            // Guide-only programmes have no topic, duration or format to narrow by: only a plain search lists them.
            let programmes = filters == SearchFilters()
                ? try ProgrammeSearch(query: query, zone: GuideOptions.beijing).run(db, limit: limit) : []
            guard !ids.isEmpty else {
                return SearchResults(query: query, total: total, results: [], programmes: programmes)
            }
            return SearchResults(
                query: query, total: total,
                results: try DocumentPageSearch.withPages(
                    db, hits: try Self.hits(db, ids: ids, match: expression.match), match: searchesPages ? expression.match : nil),
                programmes: programmes)
        }
    }

    /// Above this many matches, results are ordered by title match and recency instead of bm25.
    static let rankedSearchLimit = 2_000

    /// The snippet without the tokenizer's \u{1} position markers. A byte scan first: Foundation's
    /// `replacingOccurrences` cost more than the rest of a console search page's rendering.
    static func withoutMarkers(_ snippet: String) -> String {
        guard snippet.utf8.contains(1) else { return snippet }
        return String(String.UnicodeScalarView(snippet.unicodeScalars.filter { $0.value != 1 }))
    }

    /// The page's rows with their snippets, in the order of `ids`.
    private static func hits(_ db: Database, ids: [Int64], match: String) throws -> [SearchResults.Hit] {
        let placeholders = ids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.id, r.title, r.path, r.duration, r.kind,
                   json_extract(r.media, '$.tags.pages') AS pages, json_extract(r.media, '$.tags.author') AS author,
                   snippet(resourceSearch, -1, '\(SearchResults.markStart)', '\(SearchResults.markEnd)', '…', 24) AS snippet
            FROM resourceSearch JOIN resource r ON r.id = resourceSearch.rowid
            WHERE resourceSearch MATCH ? AND resourceSearch.rowid IN (\(placeholders))
            """, arguments: [match] + StatementArguments(ids))
        var byID = Dictionary(rows.map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        // Documents matched only in their page text: their rows without a resource snippet (the page gives one).
        let bodyOnly = ids.filter { byID[$0] == nil }
        if !bodyOnly.isEmpty {
            for row in try Row.fetchAll(db, sql: """
                SELECT r.id, r.title, r.path, r.duration, r.kind,
                       json_extract(r.media, '$.tags.pages') AS pages, json_extract(r.media, '$.tags.author') AS author,
                       '' AS snippet
                FROM resource r WHERE r.id IN (\(bodyOnly.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(bodyOnly)) {
                byID[row["id"]] = row
            }
        }
        let topics = try topicIDs(db, for: ids)
        return ids.compactMap { id in
            byID[id].map { row in
                SearchResults.Hit(
                    id: id, title: row["title"], path: row["path"], duration: row["duration"],
                    topics: topics[id] ?? [], snippet: withoutMarkers(row["snippet"] as String? ?? ""),
                    kind: row["kind"], pages: (row["pages"] as String?).flatMap { Int($0) }, author: row["author"])
            }
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
