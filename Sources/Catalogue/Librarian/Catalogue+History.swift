public import Foundation
import GRDB

extension Catalogue {
    /// The change log, newest first: every change, or those touching `resource` (with only its item).
    /// `itemLimit` cuts each change's item list (its `resources` count stays whole).
    public func history(resource: Int64? = nil, limit: Int? = nil, itemLimit: Int? = nil) throws -> [LibrarianChange] {
        try librarianRead { db in
            if let resource, try Row.fetchOne(db, sql: "SELECT 1 FROM resource WHERE id = ?", arguments: [resource]) == nil {
                throw CatalogueError(.notFound, path: "", message: "没有编号为 \(resource) 的资源。用 `yuanjiao search 关键词` 查找编号")
            }
            var sql = "SELECT id FROM librarianChange"
            var arguments: StatementArguments = []
            if let resource {
                sql += " WHERE id IN (SELECT changeId FROM librarianChangeItem WHERE resourceId = ?)"
                _ = arguments.append(contentsOf: [resource])
            }
            sql += " ORDER BY id DESC LIMIT ?"
            _ = arguments.append(contentsOf: [limit ?? -1])
            return try Int64.fetchAll(db, sql: sql, arguments: arguments).compactMap { id in
                try Self.change(db, id: id, resource: resource, itemLimit: itemLimit)
            }
        }
    }

    /// One change with all its items.
    public func change(_ id: Int64) throws -> LibrarianChange {
        try librarianRead { db in
            guard let change = try Self.change(db, id: id, resource: nil, itemLimit: nil) else {
                throw LibrarianError(.unknownChange, "没有编号为 #\(id) 的变更。用 `yuanjiao history` 查看变更编号")
            }
            return change
        }
    }

    /// Reverts a change (default: the latest one not yet undone, undos excluded) and logs the undo as a
    /// change of its own. Refused when a resource of the change was changed again since: undo those first.
    @discardableResult
    public func undo(change requested: Int64? = nil, by: String, at now: Date = Date()) throws -> LibrarianChange {
        try librarianWrite { db in
            let target = try Self.undoTarget(db, requested)
            let items = try Row.fetchAll(db, sql: """
                SELECT i.resourceId, i.before, i.after, i.removedSuggestions, r.title FROM librarianChangeItem i
                JOIN resource r ON r.id = i.resourceId WHERE i.changeId = ? ORDER BY i.resourceId
                """, arguments: [target.id])
            let ids = items.map { $0["resourceId"] as Int64 }
            let current = try LibrarianStore.states(db, ids: ids)
            var changes: [ResourceChange] = []
            var restoring: [Int64: [TopicSuggestion]] = [:]
            var conflicts: [(id: Int64, fields: [String])] = []
            for item in items {
                let id: Int64 = item["resourceId"]
                let present = current[id] ?? .empty
                let reverted = present.reverting(
                    before: try StateJSON.decode(item["before"]), after: try StateJSON.decode(item["after"]))
                if !reverted.conflicts.isEmpty { conflicts.append((id, reverted.conflicts)) }
                if reverted.state != present {
                    changes.append(ResourceChange(id: id, title: item["title"], before: present, after: reverted.state))
                }
                if let removed: String = item["removedSuggestions"] {
                    restoring[id] = try JSONDecoder().decode([TopicSuggestion].self, from: Data(removed.utf8))
                }
            }
            if !conflicts.isEmpty {
                let later = try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT changeId FROM librarianChangeItem
                    WHERE changeId > ? AND resourceId IN (SELECT value FROM json_each(?)) ORDER BY changeId DESC
                    """, arguments: [target.id, JSONIDs.encode(conflicts.map(\.id))])
                let laterText = later.map { "#\($0)" }.joined(separator: "、")
                let what = conflicts.prefix(5).map { "资源 \($0.id) 的\($0.fields.joined(separator: "、"))" }.joined(separator: "，")
                throw LibrarianError(.undoConflict, """
                    无法撤销变更 #\(target.id)：\(what)此后又在变更 \(laterText) 中改过，撤销会覆盖那些修改。\
                    请先按从新到旧的顺序撤销 \(laterText)，或直接用 yuanjiao tag 修改
                    """)
            }
            let store = LibrarianStore(db: db, by: by, now: now)
            let id = try store.apply(
                changes, kind: .undo, summary: "撤销 #\(target.id)：\(target.summary)", undoes: target.id, restoring: restoring)
            guard let logged = try Self.change(db, id: id, resource: nil, itemLimit: nil) else {
                throw CatalogueError(.database, path: path, message: "撤销已写入，但读不回变更 #\(id)")
            }
            return logged
        }
    }

    private static func undoTarget(_ db: Database, _ requested: Int64?) throws -> (id: Int64, summary: String) {
        if let requested {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, summary, undoneBy FROM librarianChange WHERE id = ?", arguments: [requested]) else {
                throw LibrarianError(.unknownChange, "没有编号为 #\(requested) 的变更。用 `yuanjiao history` 查看变更编号")
            }
            if let undoneBy: Int64 = row["undoneBy"] {
                throw LibrarianError(.alreadyUndone, "变更 #\(requested) 已经由 #\(undoneBy) 撤销过了；要恢复它，请撤销 #\(undoneBy)（yuanjiao undo \(undoneBy)）")
            }
            return (requested, row["summary"])
        }
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, summary FROM librarianChange WHERE undoneBy IS NULL AND kind <> 'undo' ORDER BY id DESC LIMIT 1
            """) else {
            throw LibrarianError(.nothingToUndo, "没有可以撤销的变更。用 `yuanjiao history` 查看变更记录")
        }
        return (row["id"], row["summary"])
    }

    static func change(_ db: Database, id: Int64, resource: Int64?, itemLimit: Int?) throws -> LibrarianChange? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT c.*, (SELECT count(*) FROM librarianChangeItem WHERE changeId = c.id) AS resources
            FROM librarianChange c WHERE c.id = ?
            """, arguments: [id]),
            let kind = LibrarianChange.Kind(rawValue: row["kind"])
        else { return nil }
        var sql = """
            SELECT i.resourceId, r.title, i.before, i.after FROM librarianChangeItem i
            LEFT JOIN resource r ON r.id = i.resourceId WHERE i.changeId = ?
            """
        var arguments: StatementArguments = [id]
        if let resource {
            sql += " AND i.resourceId = ?"
            _ = arguments.append(contentsOf: [resource])
        }
        sql += " ORDER BY i.resourceId LIMIT ?"
        _ = arguments.append(contentsOf: [itemLimit ?? -1])
        let items = try Row.fetchAll(db, sql: sql, arguments: arguments).map { item in
            LibrarianChange.Item(
                resource: item["resourceId"], title: item["title"],
                before: try StateJSON.decode(item["before"]), after: try StateJSON.decode(item["after"]))
        }
        return LibrarianChange(
            id: row["id"], kind: kind, summary: row["summary"], by: row["by"], at: row["at"],
            undoes: row["undoes"], undoneBy: row["undoneBy"], resources: row["resources"], items: items)
    }
}
