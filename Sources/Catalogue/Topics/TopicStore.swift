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

    func classify(resourceIDs: some Sequence<Int64>) throws {
        for id in resourceIDs {
            guard let evidence = try evidence(for: id) else { continue }
            try db.execute(sql: "DELETE FROM resourceTopic WHERE resourceId = ? AND source IN ('guide', 'rule')", arguments: [id])
            for suggestion in rules.suggest(evidence) {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO resourceTopic (resourceId, topic, source, confirmed, reason, createdAt)
                        VALUES (?, ?, ?, 0, ?, ?)
                        """,
                    arguments: [id, suggestion.topic, suggestion.source.rawValue, suggestion.reason, now])
            }
        }
    }

    private func evidence(for id: Int64) throws -> TopicRules.Evidence? {
        guard let row = try ResourceRow.fetchOne(db, key: id) else { return nil }
        var texts = [row.title]
        if let tags = row.media?.tags {
            texts += ["title", "comment", "description", "album", "genre"].compactMap { tags[$0] }
        }
        var categories: [String] = []
        if let programme = try Row.fetchOne(db, sql: """
            SELECT p.title, p.subTitle, p.description, p.categories FROM programme p
            JOIN resourceProgramme rp ON rp.programmeId = p.id WHERE rp.resourceId = ?
            """, arguments: [id]) {
            texts += [programme["title"], programme["subTitle"], programme["description"]].compactMap { $0 }
            categories = (try? JSONDecoder().decode([String].self, from: Data((programme["categories"] as String).utf8))) ?? []
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
