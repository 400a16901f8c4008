import ChineseText
import Foundation
import GRDB
import MediaProbe

/// Re-derives the machine suggestions (guide, rule) of resources. Librarian rows are never read
/// nor written here: confirmed work survives every rescan and guide import.
struct TopicStore {
    let db: Database
    let rules: TopicRules
    let now: Date
    /// `now` as stored, converted once: GRDB formats every `Date` argument through a `DateFormatter`.
    private let nowValue: DatabaseValue
    /// The folder rule's last verdict, for the next file of the same folder.
    private let lastFolder = FolderMemo()

    private final class FolderMemo {
        var verdict: TopicRules.FolderVerdict?
    }

    init(db: Database, rules: TopicRules, now: Date) {
        self.db = db
        self.rules = rules
        self.now = now
        nowValue = now.databaseValue
    }

    func classify(resourceIDs: some Sequence<Int64>) throws {
        for id in resourceIDs {
            guard let row = try ResourceRow.fetchOne(db, key: id) else { continue }
            try classify(row)
        }
    }

    /// For a row already in hand (the indexer's batches): no refetch, no second JSON decode. `isFresh`: the row
    /// was inserted in this transaction and not linked, so it has no suggestions to replace and no programme.
    /// Returns the topics suggested (before the rejection trigger's say).
    @discardableResult
    func classify(_ row: ResourceRow, isFresh: Bool = false) throws -> [String] {
        guard let id = row.id else { return [] }
        let evidence = try Self.evidence(db, row: row, isFresh: isFresh)
        if !isFresh {
            try db.cachedStatement(sql: "DELETE FROM resourceTopic WHERE resourceId = ? AND source IN ('guide', 'rule')")
                .execute(arguments: [id])
        }
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO resourceTopic (resourceId, topic, source, confirmed, reason, createdAt)
            VALUES (?, ?, ?, 0, ?, ?)
            """)
        let suggestions = rules.suggest(evidence, sameFolder: &lastFolder.verdict)
        for suggestion in suggestions {
            try insert.execute(arguments: [id, suggestion.topic, suggestion.source.rawValue, suggestion.reason, nowValue])
        }
        return suggestions.map(\.topic)
    }

    static func evidence(_ db: Database, row: ResourceRow, isFresh: Bool = false) throws -> TopicRules.Evidence {
        var texts = [row.title]
        if let tags = row.media?.tags {
            texts += ["title", "comment", "description", "album", "genre"].compactMap { tags[$0] }
        }
        var categories: [String] = []
        if !isFresh, let id = row.id, let programme = try LinkedProgrammeText.fetch(db, resourceID: id) {
            texts += [programme.title, programme.subTitle, programme.description].compactMap { $0 }
            categories = programme.categories
        }
        return TopicRules.Evidence(path: row.path, texts: texts, guideCategories: categories)
    }

    /// A fingerprint of the taxonomy: when `Catalog/topics.yaml` changes, every resource is reclassified.
    static func taxonomyStamp(_ taxonomy: TopicTaxonomy) -> String {
        var hasher = FNV1a64()
        let text = taxonomy.topics.map { topic in
            ([topic.id, topic.label] + topic.synonyms + ["|"] + topic.keywords + ["|"] + topic.folders + ["|"] + topic.categories)
                .joined(separator: ",")
        }.joined(separator: "\n")
        Array(text.utf8).withUnsafeBytes { hasher.combine($0) }
        return String(hasher.value, radix: 16)
    }
}

/// The guide text of the programme a resource is linked to, for topic rules and the search index.
struct LinkedProgrammeText {
    var title: String
    var subTitle: String?
    var description: String?
    var categories: [String]

    static func fetch(_ db: Database, resourceID: Int64) throws -> LinkedProgrammeText? {
        let statement = try db.cachedStatement(sql: """
            SELECT p.title, p.subTitle, p.description, p.categories FROM programme p
            JOIN resourceProgramme rp ON rp.programmeId = p.id WHERE rp.resourceId = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [resourceID]) else { return nil }
        let categories = ProgrammeStore.lines(row["categories"])
        return LinkedProgrammeText(title: row["title"], subTitle: row["subTitle"], description: row["description"], categories: categories)
    }
}
