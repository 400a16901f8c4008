import Foundation
import GRDB

/// What follows a resource's metadata in the same transaction: link it to the guide programme it
/// recorded, re-derive its topic suggestions, refresh its full-text entry.
struct Enricher {
    let taxonomy: TopicTaxonomy?
    let timeZone: TimeZone
    let aliases: ChannelAliases
    private let rules: TopicRules?
    /// Each topic's line in the full-text `tags` column, as the search document's topic query spells it from the
    /// `topic` table, which `prepare` fills from this taxonomy.
    private let topicLines: [String: String]

    init(taxonomy: TopicTaxonomy?, timeZone: TimeZone, aliases: ChannelAliases = .none) {
        self.taxonomy = taxonomy
        self.timeZone = timeZone
        self.aliases = aliases
        rules = taxonomy.map(TopicRules.init)
        topicLines = Dictionary(
            (taxonomy?.topics ?? []).map { ($0.id, $0.label + " " + ($0.labelTraditional ?? "")) }, uniquingKeysWith: { $1 })
    }

    /// Stores topic labels and, when `Catalog/topics.yaml` changed since the last run, reclassifies
    /// and re-indexes every resource already in the catalogue. Returns nothing to count.
    func prepare(_ db: Database) throws {
        guard let taxonomy, let rules else { return }
        for topic in taxonomy.topics {
            try db.execute(
                sql: "INSERT OR REPLACE INTO topic (id, label, labelTraditional) VALUES (?, ?, ?)",
                arguments: [topic.id, topic.label, topic.labelTraditional])
        }
        let stamp = TopicStore.taxonomyStamp(taxonomy)
        guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'taxonomy'") != stamp else { return }
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM resource ORDER BY id")
        try TopicStore(db: db, rules: rules, now: Date()).classify(resourceIDs: ids)
        try SearchIndex.refresh(db, ids: ids)
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('taxonomy', ?)", arguments: [stamp])
    }

    /// For resources just added, updated or moved; `inserted` are those added in this transaction. Returns how
    /// many were linked to a programme.
    func enrich(_ db: Database, rows: [ResourceRow], inserted: Set<Int64> = []) throws -> Int {
        guard !rows.isEmpty else { return 0 }
        let linked = try link(db, candidates: rows.compactMap(\.id))
        let store = rules.map { TopicStore(db: db, rules: $0, now: Date()) }
        let hasTags = try db.tableExists("resourceTag")
        let current = try rows.map { row in
            guard let id = row.id, linked.contains(id) else { return row }
            return try ResourceRow.fetchOne(db, key: id) ?? row
        }
        // Added now and not linked: no topic, tag, programme or full-text row can refer to it yet (resource ids are
        // AUTOINCREMENT, never reused, and those tables' rows go with their resource), so the deletes and lookups
        // that would find nothing are skipped — six statements of a dozen per new file.
        let fresh = current.map { row in row.id.map { inserted.contains($0) && !linked.contains($0) } ?? false }
        let knowsTopics = try freshTopicsAreSuggestions(db, freshIDs: zip(current, fresh).compactMap { $1 ? $0.id : nil })
        var topicTags: [[String]?] = []
        for (row, isFresh) in zip(current, fresh) {
            let suggested = try store?.classify(row, isFresh: isFresh) ?? []
            topicTags.append(isFresh && knowsTopics ? tagLines(topics: suggested) : nil)
        }
        // The full-text rows last: FTS5 writes its pending terms out as a new segment whenever a statement opens a
        // savepoint (every write with a trigger, as the topic writes are), so interleaved they made one segment and
        // a merge per row (6 % of bare-probe.c's CPU); after them, the batch's terms go out once, at commit.
        for ((row, isFresh), tags) in zip(zip(current, fresh), topicTags) {
            try SearchIndex.refresh(db, row: row, hasTags: hasTags, isFresh: isFresh, topicTags: tags)
        }
        return linked.count
    }

    /// Whether a fresh row's topics are exactly what `classify` just suggested for it: true when rules ran (so
    /// `prepare` put every taxonomy topic in the `topic` table) and no rejection names one of these ids (the one
    /// trigger that drops a suggestion; ids are never reused, so none should). Then the search document takes the
    /// topic lines from memory instead of a query per file.
    private func freshTopicsAreSuggestions(_ db: Database, freshIDs: [Int64]) throws -> Bool {
        guard rules != nil, let first = freshIDs.min() else { return false }
        guard try db.tableExists("topicRejection") else { return true }
        return try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM topicRejection WHERE resourceId >= ?)", arguments: [first]) == 0
    }

    /// What the topic query returns for these suggestions: one line per topic, in the topic ids' byte order
    /// (SQLite's BINARY collation), as `GROUP BY rt.topic ORDER BY rt.topic` gives them.
    private func tagLines(topics: [String]) -> [String]? {
        if topics.isEmpty { return [] }
        if topics.count == 1 { return topicLines[topics[0]].map { [$0] } }
        var lines: [String] = []
        for topic in Set(topics).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let line = topicLines[topic] else { return nil }
            lines.append(line)
        }
        return lines
    }

    /// After a guide brought new programmes: recordings indexed in earlier runs may now find theirs.
    func catchUp(_ db: Database, touched: Set<Int64>, guidesChanged: Bool) throws -> Int {
        guard guidesChanged else { return 0 }
        let unlinked = try Int64.fetchAll(db, sql: """
            SELECT id FROM resource WHERE status = 'present'
            AND id NOT IN (SELECT resourceId FROM resourceProgramme) ORDER BY id
            """).filter { !touched.contains($0) }
        let linked = try link(db, candidates: unlinked).sorted()
        if let rules { try TopicStore(db: db, rules: rules, now: Date()).classify(resourceIDs: linked) }
        try SearchIndex.refresh(db, ids: linked)
        return linked.count
    }

    private func link(_ db: Database, candidates: [Int64]) throws -> Set<Int64> {
        guard try Int.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM programme)") == 1 else { return [] }
        try RecordingLinker.foldNewTitles(db)
        let linker = try RecordingLinker(db: db, timeZone: timeZone, aliases: aliases)
        let now = Date()
        var linked: Set<Int64> = []
        let isLinked = try db.cachedStatement(sql: "SELECT count(*) FROM resourceProgramme WHERE resourceId = ?")
        for id in candidates {
            guard try Int.fetchOne(isLinked, arguments: [id]) == 0,
                  let row = try ResourceRow.fetchOne(db, key: id)
            else { continue }
            let outcome = try linker.link(path: row.path, title: row.title, media: row.media)
            try db.execute(sql: "DELETE FROM linkCandidate WHERE resourceId = ?", arguments: [id])
            switch outcome {
            case .unlinked:
                continue
            case .ambiguous(let programmes):
                // Shown in review: the librarian picks, the machine does not guess.
                for programme in programmes {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO linkCandidate (resourceId, programmeId) VALUES (?, ?)",
                        arguments: [id, programme])
                }
            case .linked(let programme, let method):
                try db.execute(
                    sql: "INSERT INTO resourceProgramme (resourceId, programmeId, method, linkedAt) VALUES (?, ?, ?, ?)",
                    arguments: [id, programme, method.rawValue, now])
                // A programme with an empty title keeps the recording's own title.
                try db.execute(sql: """
                    UPDATE resource SET title = p.title, titleSource = 'guide'
                    FROM (SELECT title FROM programme WHERE id = ?) AS p
                    WHERE resource.id = ? AND trim(p.title) != ''
                    """, arguments: [programme, id])
                linked.insert(id)
            }
        }
        return linked
    }
}
