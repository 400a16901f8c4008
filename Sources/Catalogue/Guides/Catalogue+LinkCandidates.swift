import Foundation
import GRDB

extension Catalogue {
    /// The programmes each resource may be by time alone (issue 26), earliest first; resources without any
    /// are absent.
    static func linkCandidates(_ db: Database, ids: [Int64]) throws -> [Int64: [ReviewQueue.LinkCandidate]] {
        guard !ids.isEmpty else { return [:] }
        let statement = try db.cachedStatement(sql: """
            SELECT lc.resourceId, p.id, p.channel, p.start, p.title FROM linkCandidate lc
            JOIN programme p ON p.id = lc.programmeId WHERE lc.resourceId = ? ORDER BY p.start, p.channel
            """)
        var result: [Int64: [ReviewQueue.LinkCandidate]] = [:]
        for id in ids {
            let rows = try Row.fetchAll(statement, arguments: [id])
            guard !rows.isEmpty else { continue }
            result[id] = rows.map { row in
                ReviewQueue.LinkCandidate(
                    programme: row[1], channel: row[2], start: Date(timeIntervalSince1970: row[3]), title: row[4])
            }
        }
        return result
    }
}
