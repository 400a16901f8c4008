import GRDB

/// A present document with its topics (confirmed or suggested, none the librarian rejected).
public struct ReadingDocument: Sendable, Hashable {
    public var id: Int64
    public var title: String
    public var path: String
    public var topics: [String]
}

extension Catalogue {
    /// Every document the planner may hand out as reading material, in id order.
    public func readingDocuments() throws -> [ReadingDocument] {
        try librarianRead { db in
            var topics: [Int64: [String]] = [:]
            let topicRows = try Row.fetchCursor(db, sql: """
                SELECT rt.resourceId, rt.topic FROM resourceTopic rt JOIN resource r ON r.id = rt.resourceId
                WHERE r.kind = 'document' AND NOT EXISTS (
                    SELECT 1 FROM topicRejection tr WHERE tr.resourceId = rt.resourceId AND tr.topic = rt.topic)
                GROUP BY rt.resourceId, rt.topic ORDER BY rt.resourceId, max(rt.confirmed) DESC, min(rt.rowid)
                """)
            while let row = try topicRows.next() { topics[row[0], default: []].append(row[1]) }
            return try Row.fetchAll(db, sql: """
                SELECT id, title, path FROM resource WHERE kind = 'document' AND status = 'present' ORDER BY id
                """).map { row in
                ReadingDocument(id: row[0], title: row[1], path: row[2], topics: topics[row[0]] ?? [])
            }
        }
    }
}
