import Foundation
import GRDB

/// Reads and writes librarian data inside the caller's transaction. The only writer of `resourceTag`,
/// `resourceLibrarian`, `topicRejection` and of the `resourceTopic` rows whose source is 'librarian'.
struct LibrarianStore {
    let db: Database
    let by: String
    let now: Date

    /// Each id's state (empty for a resource the librarian never touched); `nil` ids: every resource.
    static func states(_ db: Database, ids: [Int64]?) throws -> [Int64: LibrarianState] {
        var parts: [Int64: (topics: [String], rejected: [String], tags: [String])] = [:]
        let filter = ids == nil ? "" : " AND resourceId IN (SELECT value FROM json_each(?))"
        let arguments: StatementArguments = ids.map { [JSONIDs.encode($0)] } ?? []
        let topicRows = try Row.fetchCursor(db, sql: """
            SELECT resourceId, topic FROM resourceTopic WHERE source = 'librarian' AND confirmed = 1\(filter)
            """, arguments: arguments)
        while let row = try topicRows.next() {
            parts[row[0], default: ([], [], [])].topics.append(row[1])
        }
        let rejectionRows = try Row.fetchCursor(db, sql: "SELECT resourceId, topic FROM topicRejection WHERE 1\(filter)", arguments: arguments)
        while let row = try rejectionRows.next() {
            parts[row[0], default: ([], [], [])].rejected.append(row[1])
        }
        let tagRows = try Row.fetchCursor(db, sql: "SELECT resourceId, tag FROM resourceTag WHERE 1\(filter)", arguments: arguments)
        while let row = try tagRows.next() {
            parts[row[0], default: ([], [], [])].tags.append(row[1])
        }
        var states: [Int64: LibrarianState] = [:]
        for id in ids ?? [] { states[id] = .empty }
        for (id, part) in parts {
            states[id] = LibrarianState(topics: part.topics, rejected: part.rejected, tags: part.tags)
        }
        let fieldRows = try Row.fetchCursor(db, sql: """
            SELECT resourceId, audience, series, episode FROM resourceLibrarian WHERE 1\(filter)
            """, arguments: arguments)
        while let row = try fieldRows.next() {
            let id: Int64 = row[0]
            var state = states[id] ?? .empty
            state.audience = (row[1] as String?).flatMap(Audience.init(rawValue:))
            state.series = row[2]
            state.episode = row[3]
            states[id] = state
        }
        return states
    }

    /// Brings one resource from `before` to `after`; returns the machine suggestions it deleted because
    /// their topic is now rejected (an undo restores them).
    func transition(_ id: Int64, from before: LibrarianState, to after: LibrarianState) throws -> [TopicSuggestion] {
        for topic in Set(before.topics).subtracting(after.topics) {
            try execute("DELETE FROM resourceTopic WHERE resourceId = ? AND topic = ? AND source = 'librarian'", [id, topic])
        }
        for topic in Set(after.topics).subtracting(before.topics) {
            try execute("""
                INSERT OR REPLACE INTO resourceTopic (resourceId, topic, source, confirmed, reason, createdAt, createdBy)
                VALUES (?, ?, 'librarian', 1, '馆员确认', ?, ?)
                """, [id, topic, now, by])
        }
        var removed: [TopicSuggestion] = []
        for topic in Set(after.rejected).subtracting(before.rejected).sorted() {
            try execute("INSERT OR REPLACE INTO topicRejection (resourceId, topic, createdAt, createdBy) VALUES (?, ?, ?, ?)",
                        [id, topic, now, by])
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT topic, source, reason FROM resourceTopic WHERE resourceId = ? AND topic = ? AND source <> 'librarian'
                ORDER BY rowid
                """), arguments: [id, topic])
            removed += rows.compactMap { row in
                TopicSuggestion.Source(rawValue: row[1]).map { TopicSuggestion(topic: row[0], source: $0, reason: row[2]) }
            }
            try execute("DELETE FROM resourceTopic WHERE resourceId = ? AND topic = ? AND source <> 'librarian'", [id, topic])
        }
        for topic in Set(before.rejected).subtracting(after.rejected) {
            try execute("DELETE FROM topicRejection WHERE resourceId = ? AND topic = ?", [id, topic])
        }
        for tag in Set(before.tags).subtracting(after.tags) {
            try execute("DELETE FROM resourceTag WHERE resourceId = ? AND tag = ?", [id, tag])
        }
        for tag in Set(after.tags).subtracting(before.tags) {
            try execute("INSERT OR REPLACE INTO resourceTag (resourceId, tag, createdAt, createdBy) VALUES (?, ?, ?, ?)",
                        [id, tag, now, by])
        }
        if before.audience != after.audience || before.series != after.series || before.episode != after.episode {
            if after.audience == nil && after.series == nil && after.episode == nil {
                try execute("DELETE FROM resourceLibrarian WHERE resourceId = ?", [id])
            } else {
                try execute("""
                    INSERT OR REPLACE INTO resourceLibrarian (resourceId, audience, series, episode, updatedAt, updatedBy)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, [id, after.audience?.rawValue, after.series, after.episode, now, by])
            }
        }
        return removed
    }

    /// Puts back machine suggestions an earlier change deleted; the trigger skips any still rejected.
    func restore(_ id: Int64, suggestions: [TopicSuggestion]) throws {
        for suggestion in suggestions where suggestion.source != .season {
            try execute("""
                INSERT OR IGNORE INTO resourceTopic (resourceId, topic, source, confirmed, reason, createdAt)
                VALUES (?, ?, ?, 0, ?, ?)
                """, [id, suggestion.topic, suggestion.source.rawValue, suggestion.reason, now])
        }
    }

    private func execute(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
}

/// Id lists travel to SQL as one JSON array argument (`json_each(?)`): any length, one statement.
enum JSONIDs {
    static func encode(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
