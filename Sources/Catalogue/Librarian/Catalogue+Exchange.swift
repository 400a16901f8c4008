public import Foundation
import GRDB

extension Catalogue {
    /// Every resource with librarian data (or every resource, `includeUntagged`), in id order.
    public func librarianRecords(includeUntagged: Bool = false) throws -> [LibrarianRecord] {
        try librarianRead { db in
            let states = try LibrarianStore.states(db, ids: nil)
            return try Row.fetchAll(db, sql: "SELECT id, fingerprint, path, title FROM resource ORDER BY id").compactMap { row in
                let id: Int64 = row["id"]
                let state = states[id] ?? .empty
                guard includeUntagged || !state.isEmpty else { return nil }
                return LibrarianRecord(id: id, fingerprint: row["fingerprint"], path: row["path"], title: row["title"], state: state)
            }
        }
    }

    /// Applies sheet rows in order, as one logged change. Rows are matched by fingerprint (every resource
    /// with that content), else by path. A row that cannot be applied is reported by line and skipped; with
    /// `strict` any such row means nothing is written. `write: false` is a dry run.
    public func importLibrarianRows(
        _ rows: [LibrarianImportRow], summary: String, by: String, write: Bool, strict: Bool, at now: Date = Date()
    ) throws -> LibrarianImportResult {
        func plan(_ db: Database) throws -> LibrarianImportResult {
            let known = try TopicLabel.all(db)
            var original: [Int64: LibrarianState] = [:]
            var working: [Int64: (title: String, state: LibrarianState)] = [:]
            var order: [Int64] = []
            var result = LibrarianImportResult(matchedRows: 0, unmatchedLines: [], problems: [], changes: [], change: nil, applied: false)
            for row in rows {
                var edit = row.edit
                do {
                    edit.confirmTopics = try Self.resolveTopics(edit.confirmTopics, known: known)
                    edit.rejectTopics = try Self.resolveTopics(edit.rejectTopics, known: known)
                } catch let error as CatalogueError {
                    result.problems.append(.init(line: row.line, message: error.message))
                    continue
                }
                if let problem = edit.problems().first {
                    result.problems.append(.init(line: row.line, message: problem))
                    continue
                }
                let matches = try Self.importMatches(db, fingerprint: row.fingerprint, path: row.path)
                guard !matches.isEmpty else {
                    result.unmatchedLines.append(row.line)
                    continue
                }
                var staged: [(Int64, String, LibrarianState)] = []
                var problem: String?
                for (id, title) in matches {
                    if original[id] == nil { original[id] = try LibrarianStore.states(db, ids: [id])[id] ?? .empty }
                    let before = working[id]?.state ?? original[id] ?? .empty
                    let after = before.applying(edit, title: title)
                    if case .set = edit.episode, after.series == nil {
                        problem = "资源 \(id) 还不属于任何系列：集数要和系列名（series 列）一起给出"
                    }
                    staged.append((id, title, after))
                }
                if let problem {
                    result.problems.append(.init(line: row.line, message: problem))
                    continue
                }
                result.matchedRows += 1
                for (id, title, after) in staged {
                    if working[id] == nil { order.append(id) }
                    working[id] = (title, after)
                }
            }
            result.changes = order.compactMap { id in
                guard let entry = working[id], let before = original[id], entry.state != before else { return nil }
                return ResourceChange(id: id, title: entry.title, before: before, after: entry.state)
            }
            return result
        }

        guard write else { return try librarianRead(plan) }
        return try librarianWrite { db in
            var result = try plan(db)
            if result.changes.isEmpty || (strict && !result.problems.isEmpty) { return result }
            result.change = try LibrarianStore(db: db, by: by, now: now).apply(result.changes, kind: .import, summary: summary)
            result.applied = true
            return result
        }
    }

    private static func importMatches(_ db: Database, fingerprint: String?, path: String?) throws -> [(Int64, String)] {
        if let fingerprint, !fingerprint.isEmpty {
            let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, title FROM resource WHERE fingerprint = ? ORDER BY id"),
                                        arguments: [fingerprint])
            if !rows.isEmpty { return rows.map { ($0[0], $0[1]) } }
        }
        if let path, !path.isEmpty {
            let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, title FROM resource WHERE path = ?"), arguments: [path])
            return rows.map { ($0[0], $0[1]) }
        }
        return []
    }
}
