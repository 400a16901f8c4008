import ChineseText
import Foundation
import GRDB

/// Keeps the FTS5 table `resourceSearch` (rowid = resource id) in step with the catalogue. Every
/// writer calls `refresh` inside its own transaction, so the index never lags a committed change.
enum SearchIndex {
    static func refresh(_ db: Database, ids: some Sequence<Int64>) throws {
        for id in ids {
            if let row = try ResourceRow.fetchOne(db, key: id) {
                try refresh(db, row: row)
            } else {
                try db.cachedStatement(sql: "DELETE FROM resourceSearch WHERE rowid = ?").execute(arguments: [id])
            }
        }
    }

    /// For a row already in hand (the indexer's batches): no refetch, no second JSON decode.
    static func refresh(_ db: Database, row: ResourceRow) throws {
        guard let id = row.id else { return }
        try db.cachedStatement(sql: "DELETE FROM resourceSearch WHERE rowid = ?").execute(arguments: [id])
        let document = try document(db, row: row)
        try db.cachedStatement(sql: "INSERT INTO resourceSearch (rowid, title, tags, description, filename) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id, document.title, document.tags, document.description, document.filename])
        try db.cachedStatement(sql: "UPDATE resource SET titleKey = ? WHERE id = ?").execute(arguments: [TextFolding.fold(row.title), id])
    }

    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM resourceSearch")
        try refresh(db, ids: try Int64.fetchAll(db, sql: "SELECT id FROM resource ORDER BY id"))
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('searchTokenizer', ?)",
                       arguments: [SearchTokenizerRegistry.signature])
    }

    /// An index built without pinyin readings (or with another table) is rebuilt once with the current one.
    static func rebuildIfTokenizerChanged(_ db: Database) throws {
        let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'searchTokenizer'")
        if stored != SearchTokenizerRegistry.signature { try rebuild(db) }
    }

    struct Document {
        var title: String
        var tags: String
        var description: String
        var filename: String
    }

    /// Title (and guide sub-title) above tags, topic labels and categories, above descriptions.
    static func document(_ db: Database, row: ResourceRow) throws -> Document {
        let id = row.id ?? 0
        var titles = [row.title]
        var tags: [String] = []
        var descriptions: [String] = []
        if let mediaTags = row.media?.tags {
            if let tagTitle = mediaTags["title"], tagTitle != row.title { titles.append(tagTitle) }
            descriptions += ["comment", "description", "artist", "album"].compactMap { mediaTags[$0] }
        }
        if let programme = try LinkedProgrammeText.fetch(db, resourceID: id) {
            if let subTitle = programme.subTitle { titles.append(subTitle) }
            if let description = programme.description { descriptions.insert(description, at: 0) }
            tags += programme.categories
        }
        tags += try String.fetchAll(db.cachedStatement(sql: """
            SELECT t.label || ' ' || coalesce(t.labelTraditional, '') FROM resourceTopic rt
            JOIN topic t ON t.id = rt.topic WHERE rt.resourceId = ? GROUP BY rt.topic ORDER BY rt.topic
            """), arguments: [id])
        tags += try librarianTags(db, id: id)
        let name = (row.path as NSString).lastPathComponent
        return Document(
            title: titles.joined(separator: "\n"), tags: tags.joined(separator: "\n"),
            description: descriptions.joined(separator: "\n"), filename: (name as NSString).deletingPathExtension)
    }

    /// Free tags typed by librarians, once that table exists (issue 5's migration adds it).
    private static func librarianTags(_ db: Database, id: Int64) throws -> [String] {
        guard try db.tableExists("resourceTag") else { return [] }
        return try String.fetchAll(db.cachedStatement(sql: "SELECT tag FROM resourceTag WHERE resourceId = ? ORDER BY tag"), arguments: [id])
    }
}
