import GRDB

/// The SQL of one search's filters, shared by its counting, boosting and ranking queries.
struct SearchFilterSQL {
    private var conditions: [String] = []
    private var arguments: [any DatabaseValueConvertible] = []
    /// The join is only paid for when a filter reads the resource row.
    private var needsResource = false

    init(_ filters: SearchFilters) {
        if let topic = filters.topic {
            conditions.append("resourceSearch.rowid IN (SELECT resourceId FROM resourceTopic WHERE topic = ?)")
            arguments.append(topic)
        }
        if let minimum = filters.minMinutes {
            conditions.append("r.duration >= ?")
            arguments.append(minimum * 60)
            needsResource = true
        }
        if let maximum = filters.maxMinutes {
            conditions.append("r.duration <= ?")
            arguments.append(maximum * 60)
            needsResource = true
        }
        if let kind = filters.kind {
            conditions.append("r.kind = ?")
            arguments.append(kind)
            needsResource = true
        }
        if let format = filters.format?.lowercased() {
            conditions.append("(instr(lower(r.format), ?) > 0 OR lower(r.path) LIKE ?)")
            arguments += [format, "%." + format]
            needsResource = true
        }
    }

    /// Of `ids`, those the filters keep (no text match): body-text hits are narrowed like the others.
    func keep(_ db: Database, ids: [Int64]) throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        guard !conditions.isEmpty else { return ids }
        let kept = Set(try Int64.fetchAll(db, sql: """
            SELECT resourceSearch.rowid FROM resourceSearch JOIN resource r ON r.id = resourceSearch.rowid
            WHERE resourceSearch.rowid IN (SELECT value FROM json_each(?)) AND \(conditions.joined(separator: " AND "))
            """, arguments: StatementArguments(["[" + ids.map(String.init).joined(separator: ",") + "]"] + arguments)))
        return ids.filter(kept.contains)
    }

    /// Of `ids`, those whose resource columns match too.
    func matching(_ db: Database, match: String, ids: [Int64]) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return Set(try Int64.fetchAll(
            db, sql: "SELECT resourceSearch.rowid " + from(extra: " AND resourceSearch.rowid IN (SELECT value FROM json_each(?))"),
            arguments: arguments(match, ["[" + ids.map(String.init).joined(separator: ",") + "]"])))
    }

    private func from(extra: String = "") -> String {
        "FROM resourceSearch" + (needsResource ? " JOIN resource r ON r.id = resourceSearch.rowid" : "")
            + " WHERE " + (["resourceSearch MATCH ?"] + conditions).joined(separator: " AND ") + extra
    }

    private func arguments(_ match: String, _ more: [any DatabaseValueConvertible] = []) -> StatementArguments {
        StatementArguments([match] + arguments + more)
    }

    func count(_ db: Database, match: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) " + from(), arguments: arguments(match)) ?? 0
    }

    /// bm25 with title above tags above description above file name.
    func ranked(_ db: Database, match: String, limit: Int) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT resourceSearch.rowid \(from())
            ORDER BY bm25(resourceSearch, 10.0, 5.0, 2.0, 1.0), resourceSearch.rowid LIMIT ?
            """, arguments: arguments(match, [limit]))
    }

    func newest(_ db: Database, match: String, limit: Int) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT resourceSearch.rowid \(from()) ORDER BY resourceSearch.rowid DESC LIMIT ?",
                           arguments: arguments(match, [limit]))
    }

    /// Resources whose folded title is the query, then those whose title starts with it.
    func titleBoosts(_ db: Database, match: String, folded: String, limit: Int) throws -> [Int64] {
        let exact = try Int64.fetchAll(db, sql: "SELECT id FROM resource WHERE titleKey = ? ORDER BY id LIMIT ?",
                                       arguments: [folded, limit])
        let prefix = try Int64.fetchAll(db, sql: """
            SELECT id FROM resource WHERE titleKey > ? AND titleKey < ? ORDER BY titleKey, id LIMIT ?
            """, arguments: [folded, folded + "\u{10FFFF}", limit])
        let candidates = exact + prefix.filter { !exact.contains($0) }
        guard !candidates.isEmpty else { return [] }
        let placeholders = candidates.map { _ in "?" }.joined(separator: ",")
        let matching = Set(try Int64.fetchAll(
            db, sql: "SELECT resourceSearch.rowid " + from(extra: " AND resourceSearch.rowid IN (\(placeholders))"),
            arguments: arguments(match, candidates)))
        return candidates.filter(matching.contains)
    }
}
