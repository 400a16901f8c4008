import ChineseText
import Foundation
import GRDB

/// Keeps the FTS5 table `resourceSearch` (rowid = resource id) in step with the catalogue. Every
/// writer calls `refresh` inside its own transaction, so the index never lags a committed change.
enum SearchIndex {
    /// A leading U+0001 on a column value: tokenized without pinyin (see `ChineseFTS5Tokenizer`).
    static let noPinyinMark: UInt8 = 0x01

    static func refresh(_ db: Database, ids: some Sequence<Int64>) throws {
        for id in ids {
            if let row = try ResourceRow.fetchOne(db, key: id) {
                try refresh(db, row: row)
            } else {
                try db.cachedStatement(sql: "DELETE FROM resourceSearch WHERE rowid = ?").execute(arguments: [id])
            }
        }
    }

    /// For a row already in hand (the indexer's batches): no refetch, no second JSON decode. `hasTags`, when
    /// known, spares a schema lookup per row. `isFresh`: the row was inserted in this transaction and not linked,
    /// so it has no entry, tags or programme yet, and its title key was written with it. `topicTags`, when given,
    /// are the row's topic lines as the topic query would return them (see `document`).
    static func refresh(
        _ db: Database, row: ResourceRow, hasTags: Bool? = nil, isFresh: Bool = false, topicTags: [String]? = nil
    ) throws {
        guard let id = row.id else { return }
        if !isFresh {
            try db.cachedStatement(sql: "DELETE FROM resourceSearch WHERE rowid = ?").execute(arguments: [id])
        }
        try insert(db, row: row, hasTags: try hasTags ?? db.tableExists("resourceTag"), isFresh: isFresh, topicTags: topicTags)
    }

    private static func insert(
        _ db: Database, row: ResourceRow, hasTags: Bool, isFresh: Bool = false, topicTags: [String]? = nil
    ) throws {
        guard let id = row.id else { return }
        let document = try document(db, row: row, hasTags: hasTags, isFresh: isFresh, topicTags: topicTags)
        try db.cachedStatement(sql: "INSERT INTO resourceSearch (rowid, title, tags, description, filename) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id, document.title, document.tags, document.description, document.filename])
        guard !isFresh else { return }
        // Only when it differs: a row is not rewritten to store the value it already holds.
        try db.cachedStatement(sql: "UPDATE resource SET titleKey = ?1 WHERE id = ?2 AND titleKey IS NOT ?1")
            .execute(arguments: [TextFolding.fold(row.title), id])
    }

    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM resourceSearch")
        let hasTags = try db.tableExists("resourceTag")
        var last: Int64 = 0
        while true {
            let rows = try ResourceRow.fetchAll(db, sql: "SELECT * FROM resource WHERE id > ? ORDER BY id LIMIT 1000", arguments: [last])
            guard let final = rows.last?.id else { break }
            for row in rows { try insert(db, row: row, hasTags: hasTags) }
            last = final
        }
        // One b-tree per token instead of dozens of segments: every later query seeks once.
        try db.execute(sql: "INSERT INTO resourceSearch(resourceSearch) VALUES('optimize')")
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('searchTokenizer', ?)",
                       arguments: [try SearchTokenizerRegistry.signature()])
    }

    /// An index built without pinyin readings (or with another table) is rebuilt once with the current one.
    static func rebuildIfTokenizerChanged(_ db: Database) throws {
        let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'searchTokenizer'")
        if stored != (try SearchTokenizerRegistry.signature()) { try rebuild(db) }
    }

    struct Document {
        var title: String
        var tags: String
        var description: String
        var filename: String
    }

    /// Title (and guide sub-title) above tags, topic labels and categories, above descriptions.
    /// `hasTags` is false only while migrating, before the librarian tables exist. `topicTags`: the lines the topic
    /// query below would return, when the caller knows them without asking (the indexer's new rows).
    static func document(
        _ db: Database, row: ResourceRow, hasTags: Bool = true, isFresh: Bool = false, topicTags: [String]? = nil
    ) throws -> Document {
        let id = row.id ?? 0
        var titles = [row.title]
        var tags: [String] = []
        var descriptions: [String] = []
        if let mediaTags = row.media?.tags {
            if let tagTitle = mediaTags["title"], tagTitle != row.title { titles.append(tagTitle) }
            descriptions += ["comment", "description", "artist", "album"].compactMap { mediaTags[$0] }
        }
        if !isFresh, let programme = try LinkedProgrammeText.fetch(db, resourceID: id) {
            if let subTitle = programme.subTitle { titles.append(subTitle) }
            if let description = programme.description { descriptions.insert(description, at: 0) }
            tags += programme.categories
        }
        tags += try topicTags ?? String.fetchAll(db.cachedStatement(sql: """
            SELECT t.label || ' ' || coalesce(t.labelTraditional, '') FROM resourceTopic rt
            JOIN topic t ON t.id = rt.topic WHERE rt.resourceId = ? GROUP BY rt.topic ORDER BY rt.topic
            """), arguments: [id])
        if hasTags, !isFresh {
            tags += try String.fetchAll(db.cachedStatement(sql: "SELECT tag FROM resourceTag WHERE resourceId = ? ORDER BY tag"), arguments: [id])
        }
        var filename = PathName.stem(ofName: PathName.lastComponent(row.path))
        // The channel of a recording's name as one word too: CCTV13 finds CCTV-13_20261201_1900.ts.
        if let channel = FileNameStamp.parse(path: row.path, timeZone: .gmt).flatMap({ ChannelIdentity($0.channel) }) {
            filename += "\n" + channel.searchWords.joined(separator: " ")
        }
        return Document(
            title: titles.joined(separator: "\n"), tags: tags.joined(separator: "\n"),
            description: descriptions.isEmpty ? "" : "\u{1}" + descriptions.joined(separator: "\n"), filename: filename)
    }
}
