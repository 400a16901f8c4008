import Foundation
import GRDB

extension Catalogue {
    /// The librarian's queue: present resources without a confirmed topic, newest first (added, then
    /// id, descending), each with the machine's suggestions and why, season suggestions included.
    /// `after`: the id of the last item of the previous page (a keyset cursor: the page after it starts
    /// where it stood, even if it has been confirmed since). Read from `reviewWaiting`, which triggers
    /// keep, so a page costs the same at 100 or 100,000 waiting resources.
    public func reviewQueue(limit: Int? = nil, after: Int64? = nil, seasons: SeasonCalendar = .empty) throws -> ReviewQueue {
        try librarianRead { db in
            let total = try Int.fetchOne(db, sql: "SELECT total FROM reviewWaitingCount") ?? 0
            // One row past the page tells whether there is a next page.
            var rows: [Row]
            if let after {
                // Two index ranges, not one row-value comparison: SQLite would walk the row value's range by its
                // first column only, and one indexing run stamps thousands of resources with the same `addedAt`.
                rows = try Row.fetchAll(db, sql: """
                    WITH cursor AS (SELECT addedAt, id FROM resource WHERE id = :after)
                    SELECT r.id, r.title, r.path, r.addedAt, r.kind, json_extract(r.media, '$.tags.textLayer') = 'none' AS noTextLayer FROM (
                        SELECT * FROM (SELECT resourceId, addedAt FROM reviewWaiting
                            WHERE addedAt = (SELECT addedAt FROM cursor) AND resourceId < :after
                            ORDER BY resourceId DESC LIMIT :limit)
                        UNION ALL
                        SELECT * FROM (SELECT resourceId, addedAt FROM reviewWaiting
                            WHERE addedAt < (SELECT addedAt FROM cursor)
                            ORDER BY addedAt DESC, resourceId DESC LIMIT :limit)
                    ) w JOIN resource r ON r.id = w.resourceId
                    ORDER BY w.addedAt DESC, w.resourceId DESC LIMIT :limit
                    """, arguments: ["after": after, "limit": limit.map { $0 + 1 } ?? -1])
            } else {
                rows = try Row.fetchAll(db, sql: """
                    SELECT r.id, r.title, r.path, r.addedAt, r.kind, json_extract(r.media, '$.tags.textLayer') = 'none' AS noTextLayer FROM reviewWaiting w JOIN resource r ON r.id = w.resourceId
                    ORDER BY w.addedAt DESC, w.resourceId DESC LIMIT ?
                    """, arguments: [limit.map { $0 + 1 } ?? -1])
            }
            let more = limit.map { rows.count > $0 } ?? false
            if let limit, more { rows.removeLast(rows.count - limit) }
            let ids = rows.map { $0["id"] as Int64 }
            let states = try LibrarianStore.states(db, ids: ids)
            let suggestions = try Self.machineSuggestions(db, ids: ids)
            let texts = seasons.entries.isEmpty ? [:] : try Self.seasonTexts(db, ids: ids)
            let linkCandidates = try Self.linkCandidates(db, ids: ids)
            let items = rows.map { row in
                let id: Int64 = row["id"]
                let state = states[id] ?? .empty
                var suggested = suggestions[id] ?? []
                let matches = seasons.matches(in: texts[id] ?? "")
                suggested += Self.seasonSuggestions(matches, rejected: state.rejected)
                return ReviewQueue.Item(
                    id: id, title: row["title"], path: row["path"], added: row["addedAt"], suggested: suggested,
                    rejected: state.rejected, tags: state.tags, audience: state.audience, series: state.series,
                    episode: state.episode, months: Array(Set(matches.flatMap(\.entry.months))).sorted(),
                    kind: row["kind"], noTextLayer: row["noTextLayer"] as Bool? ?? false,
                    linkCandidates: linkCandidates[id])
            }
            let next = more ? items.last?.id : nil
            return ReviewQueue(total: total, items: items, next: next)
        }
    }

    /// Guide suggestions before rule ones, each in the order the rules wrote them (taxonomy order).
    static func machineSuggestions(_ db: Database, ids: [Int64]) throws -> [Int64: [TopicSuggestion]] {
        var result: [Int64: [TopicSuggestion]] = [:]
        let suggestionRows = try Row.fetchCursor(db, sql: """
            SELECT rt.resourceId, rt.topic, rt.source, rt.reason FROM resourceTopic rt
            WHERE rt.resourceId IN (SELECT value FROM json_each(?)) AND rt.source <> 'librarian'
            AND NOT EXISTS (SELECT 1 FROM topicRejection tr WHERE tr.resourceId = rt.resourceId AND tr.topic = rt.topic)
            ORDER BY rt.resourceId, CASE rt.source WHEN 'guide' THEN 0 WHEN 'rule' THEN 1 ELSE 2 END, rt.rowid
            """, arguments: [JSONIDs.encode(ids)])
        while let row = try suggestionRows.next() {
            guard let source = TopicSuggestion.Source(rawValue: row[2]) else { continue }
            result[row[0], default: []].append(TopicSuggestion(topic: row[1], source: source, reason: row[3]))
        }
        return result
    }

    /// One suggestion per topic the matched calendar entries name, unless the librarian rejected it.
    static func seasonSuggestions(_ matches: [SeasonCalendar.Match], rejected: [String]) -> [TopicSuggestion] {
        var topics: [String] = []
        for match in matches where !topics.contains(match.entry.topic) && !rejected.contains(match.entry.topic) {
            topics.append(match.entry.topic)
        }
        return topics.map { topic in
            TopicSuggestion(topic: topic, source: .season, reason: SeasonCalendar.reason(matches.filter { $0.entry.topic == topic }))
        }
    }
}
