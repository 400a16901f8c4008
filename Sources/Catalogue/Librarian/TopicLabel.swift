import Foundation
import ChineseText
import GRDB

/// A topic the catalogue knows (`Catalog/topics.yaml`, stored by `index`), as a librarian may name it.
public struct TopicLabel: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var labelTraditional: String?

    public init(id: String, label: String, labelTraditional: String? = nil) {
        self.id = id
        self.label = label
        self.labelTraditional = labelTraditional
    }

    static func all(_ db: Database) throws -> [TopicLabel] {
        try Row.fetchAll(db, sql: "SELECT id, label, labelTraditional FROM topic ORDER BY rowid").map { row in
            TopicLabel(id: row["id"], label: row["label"], labelTraditional: row["labelTraditional"])
        }
    }

    /// `law`, `法律法规` or `法律法規` → `law`; nil when no topic goes by that name.
    public static func resolve(_ name: String, in known: [TopicLabel]) -> String? {
        let folded = TextFolding.fold(name.trimmingCharacters(in: .whitespaces))
        return known.first { topic in
            topic.id == folded || TextFolding.fold(topic.label) == folded
                || topic.labelTraditional.map(TextFolding.fold) == folded
        }?.id
    }

    /// "policy（政策理论）、law（法律法规）…", or how to get topics at all.
    public static func listing(_ known: [TopicLabel]) -> String {
        guard !known.isEmpty else { return "目录中还没有主题分类；请先运行 `yuanjiao index 文件夹`（会读取 Catalog/topics.yaml）" }
        return "可用的主题：" + known.map { "\($0.id)（\($0.label)）" }.joined(separator: "、")
    }
}

extension Catalogue {
    /// The topics stored in the catalogue, in taxonomy order.
    public func topicLabels() throws(CatalogueError) -> [TopicLabel] {
        try read { db in try TopicLabel.all(db) }
    }
}
