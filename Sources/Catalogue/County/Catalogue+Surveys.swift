public import Foundation
import GRDB

/// One member's 需求调查 answer for a month: the topics they want, and what they wrote.
public struct SurveyAnswer: Sendable, Hashable, Codable {
    public var station: String
    /// "YYYY-MM".
    public var month: String
    public var member: String
    public var topics: [String]
    public var comment: String
    public var sourceFile: String
    public var sourceLine: Int

    public init(station: String, month: String, member: String, topics: [String], comment: String, sourceFile: String, sourceLine: Int) {
        self.station = station
        self.month = month
        self.member = member
        self.topics = topics
        self.comment = comment
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
    }
}

extension Catalogue {
    /// Stores a whole survey sheet in one transaction: every row or none. A member's earlier answer
    /// for the same station and month is replaced (a corrected sheet is imported again).
    public func storeSurveyAnswers(_ answers: [SurveyAnswer], by: String, at: Date = Date()) throws(CatalogueError) -> AppendOutcome {
        try write { db in
            var outcome = AppendOutcome()
            // The stored answers of the sheet's months, read once (not one SELECT per row): [station, month, member] → (topics, comment).
            var stored: [[String]: (topics: String, comment: String)] = [:]
            let find = try db.cachedStatement(sql: "SELECT station, month, member, topics, comment FROM surveyAnswer WHERE month = ?")
            for month in Set(answers.map(\.month)) {
                let rows = try Row.fetchCursor(find, arguments: [month])
                while let row = try rows.next() {
                    stored[[row[0], row[1], row[2]]] = (row[3], row[4])
                }
            }
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO surveyAnswer (station, month, member, topics, comment, sourceFile, sourceLine, importedAt, importedBy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (station, month, member) DO UPDATE SET topics = excluded.topics, comment = excluded.comment,
                    sourceFile = excluded.sourceFile, sourceLine = excluded.sourceLine,
                    importedAt = excluded.importedAt, importedBy = excluded.importedBy
                """)
            let importedAt = at.databaseValue  // formatted once, not per row
            for answer in answers {
                let topics = answer.topics.joined(separator: "\n")
                let key = [answer.station, answer.month, answer.member]
                let existing = stored[key]
                if let existing, existing.topics == topics, existing.comment == answer.comment {
                    outcome.unchanged += 1
                    continue
                }
                stored[key] = (topics, answer.comment)
                try upsert.execute(arguments: [
                    answer.station, answer.month, answer.member, topics, answer.comment, answer.sourceFile, answer.sourceLine, importedAt, by,
                ])
                if existing == nil { outcome.added += 1 } else { outcome.changed += 1 }
            }
            return outcome
        }
    }

    /// Stored answers with months in [from, through] ("YYYY-MM"), by station, month and member.
    public func surveyAnswers(from: String, through: String) throws(CatalogueError) -> [SurveyAnswer] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM surveyAnswer WHERE month >= ? AND month <= ? ORDER BY station, month, member
                """, arguments: [from, through]).map {
                SurveyAnswer(
                    station: $0["station"], month: $0["month"], member: $0["member"],
                    topics: ($0["topics"] as String).split(separator: "\n").map(String.init), comment: $0["comment"],
                    sourceFile: $0["sourceFile"], sourceLine: $0["sourceLine"])
            }
        }
    }
}
