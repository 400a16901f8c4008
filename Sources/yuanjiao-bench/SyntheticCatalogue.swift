import Foundation
import GRDB

/// Fills a fresh catalogue with synthetic resources straight through GRDB (no media files), for the
/// benchmarks that need a large catalogue: search, tagging, planning.
enum SyntheticCatalogue {
    struct Resource {
        var title: String
        var description: String
        var durationSeconds: Int
        var topics: [(id: String, confirmed: Bool)] = []
    }

    /// `topicLabels` fill the `topic` table (search documents carry topic labels); `likeBaseline` also
    /// copies titles and descriptions into a plain table for the search benchmark's LIKE reference.
    static func insert(
        _ resources: [Resource], into path: String, topicLabels: [String: String] = [:], likeBaseline: Bool = false
    ) throws {
        let queue = try DatabaseQueue(path: path)
        let encoder = JSONEncoder()
        try queue.write { db in
            for (id, label) in topicLabels.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT OR REPLACE INTO topic (id, label) VALUES (?, ?)", arguments: [id, label])
            }
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS likeBaseline (title TEXT, description TEXT)")
            let resource = try db.makeStatement(sql: """
                INSERT INTO resource (path, size, mtime, fingerprint, status, title, titleSource, format, duration, media, addedAt, updatedAt)
                VALUES (?, 1000, 0, ?, 'present', ?, 'tag', 'mp4', ?, ?, '2026-11-22 00:00:00', '2026-11-22 00:00:00')
                """)
            let topic = try db.makeStatement(sql: """
                INSERT INTO resourceTopic (resourceId, topic, source, confirmed, reason, createdAt)
                VALUES (?, ?, ?, ?, '基准数据', '2026-11-22 00:00:00')
                """)
            let baseline = try db.makeStatement(sql: "INSERT INTO likeBaseline VALUES (?, ?)")
            for (index, row) in resources.enumerated() {
                let comment = String(decoding: try encoder.encode(row.description), as: UTF8.self)
                let media = "{\"formatName\":\"mp4\",\"formatLongName\":\"MP4\",\"tags\":{\"comment\":\(comment)},"
                    + "\"streams\":[],\"programs\":[],\"chapters\":[]}"
                try resource.execute(arguments: ["/bench/\(index).mp4", "b\(index)", row.title, row.durationSeconds, media])
                let id = db.lastInsertedRowID
                for assigned in row.topics {
                    try topic.execute(arguments: [id, assigned.id, assigned.confirmed ? "librarian" : "rule", assigned.confirmed])
                }
                if likeBaseline { try baseline.execute(arguments: [row.title, row.description]) }
            }
        }
        try queue.close()
    }
}
