public import Foundation
import GRDB

/// The resources a tag applies to: listed ids, or every match of a full-text query (not one page).
public enum TagTarget: Sendable, Hashable {
    case resources([Int64])
    case query(String)
}

/// What `tag` would do, for the confirmation question: how many resources matched, which would change.
public struct TagPreview: Sendable, Equatable {
    public var matched: Int
    public var changes: [ResourceChange]
}

/// What `tag` did. `change` is the log entry's id, nil when nothing needed changing.
public struct TagOutcome: Sendable, Codable, Equatable {
    public var matched: Int
    public var changed: Int
    public var change: Int64?
    public var changes: [ResourceChange]

    public init(matched: Int, changed: Int, change: Int64?, changes: [ResourceChange]) {
        self.matched = matched
        self.changed = changed
        self.change = change
        self.changes = changes
    }
}

extension Catalogue {
    /// Checks the edit and its targets and reports what would change, writing nothing.
    /// Throws `CatalogueError` (`.notFound` for unknown ids or topics, `.badQuery`) or `LibrarianError`.
    public func previewTag(_ target: TagTarget, edit: LibrarianEdit) throws -> TagPreview {
        try librarianRead { db in
            let plan = try Self.tagPlan(db, target: target, edit: edit)
            return TagPreview(matched: plan.matched, changes: plan.changes)
        }
    }

    /// Applies the edit to every target in one transaction and logs it as one change, by `by`.
    /// The plan is recomputed inside the transaction, so work another process committed meanwhile is kept.
    @discardableResult
    public func tag(
        _ target: TagTarget, edit: LibrarianEdit, by: String, summary: String, at now: Date = Date()
    ) throws -> TagOutcome {
        try librarianWrite { db in
            let plan = try Self.tagPlan(db, target: target, edit: edit)
            guard !plan.changes.isEmpty else {
                return TagOutcome(matched: plan.matched, changed: 0, change: nil, changes: [])
            }
            let id = try LibrarianStore(db: db, by: by, now: now).apply(plan.changes, kind: .tag, summary: summary)
            return TagOutcome(matched: plan.matched, changed: plan.changes.count, change: id, changes: plan.changes)
        }
    }

    struct TagPlan {
        var matched: Int
        var changes: [ResourceChange]
    }

    static func tagPlan(_ db: Database, target: TagTarget, edit: LibrarianEdit) throws -> TagPlan {
        var edit = edit
        let known = try TopicLabel.all(db)
        edit.confirmTopics = try resolveTopics(edit.confirmTopics, known: known)
        edit.rejectTopics = try resolveTopics(edit.rejectTopics, known: known)
        let problems = edit.problems()
        guard problems.isEmpty else { throw LibrarianError(.badEdit, problems.joined(separator: "；")) }
        guard !edit.isEmpty else {
            throw LibrarianError(.badEdit, "没有要做的修改：请给出 --topic、--untopic、--tag、--untag、--audience 或 --series 等")
        }

        let resources = try targets(db, target)
        let states = try LibrarianStore.states(db, ids: resources.map(\.id))
        var changes: [ResourceChange] = []
        var withoutSeries: [Int64] = []
        for resource in resources {
            let before = states[resource.id] ?? .empty
            let after = before.applying(edit, title: resource.title)
            if case .set = edit.episode, after.series == nil { withoutSeries.append(resource.id) }
            if after != before {
                changes.append(ResourceChange(id: resource.id, title: resource.title, before: before, after: after))
            }
        }
        if !withoutSeries.isEmpty {
            throw LibrarianError(.badEdit, "资源 \(idList(withoutSeries)) 还不属于任何系列：集数要和系列名一起设定（--series 名称 --episode N）")
        }
        return TagPlan(matched: resources.count, changes: changes)
    }

    static func resolveTopics(_ names: [String], known: [TopicLabel]) throws -> [String] {
        try names.map { name in
            guard let id = TopicLabel.resolve(name, in: known) else {
                throw CatalogueError(.notFound, path: "", message: "未知的主题「\(name)」。\(TopicLabel.listing(known))")
            }
            return id
        }
    }

    /// Ids and titles of the targets, in id order; unknown ids are an error naming them all.
    static func targets(_ db: Database, _ target: TagTarget) throws -> [(id: Int64, title: String)] {
        switch target {
        case .resources(let ids):
            guard !ids.isEmpty else {
                throw LibrarianError(.badEdit, "请给出资源编号（如 yuanjiao tag 12 --topic law），或用 --query 按关键词批量标注")
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, title FROM resource WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
                """, arguments: [JSONIDs.encode(ids)])
            let found = Set(rows.map { $0["id"] as Int64 })
            let unknown = Array(Set(ids).subtracting(found)).sorted()
            guard unknown.isEmpty else {
                throw CatalogueError(.notFound, path: "", message: "没有编号为 \(idList(unknown)) 的资源，未作任何修改。用 `yuanjiao search 关键词` 查找编号")
            }
            return rows.map { ($0["id"], $0["title"]) }
        case .query(let query):
            guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CatalogueError(.badQuery, path: "", message: "查询为空：请在 --query 后写上关键词，例如 --query 水稻")
            }
            let tokenizer = try SearchTokenizerRegistry.tokenizer()
            let expression: SearchExpression
            do {
                expression = try SearchExpression(SearchQuery(parsing: query), tokenizer: tokenizer)
            } catch {
                throw CatalogueError(.badQuery, path: "", message: "「\(query)」中没有可查找的文字。请输入汉字、拼音或词语；减号开头的词只用于排除")
            }
            return try Row.fetchAll(db, sql: """
                SELECT r.id, r.title FROM resourceSearch JOIN resource r ON r.id = resourceSearch.rowid
                WHERE resourceSearch MATCH ? ORDER BY r.id
                """, arguments: [expression.match]).map { ($0["id"], $0["title"]) }
        }
    }

    /// "12、13、15" — at most ten, then "等 N 个".
    static func idList(_ ids: [Int64]) -> String {
        let shown = ids.prefix(10).map(String.init).joined(separator: "、")
        return ids.count > 10 ? shown + " 等 \(ids.count) 个" : shown
    }
}
