public import Foundation
import GRDB

/// How many non-member villagers (群众) came to a station's session on a date.
public struct VisitorRecord: Sendable, Hashable, Codable {
    public var station: String
    /// "YYYY-MM-DD".
    public var date: String
    public var visitors: Int

    public init(station: String, date: String, visitors: Int) {
        self.station = station
        self.date = date
        self.visitors = visitors
    }
}

extension Catalogue {
    /// Records visitor counts: a new day is added; a changed count updates the row and logs the edit
    /// (subject "visitors"), as attendance marks are.
    public func recordVisitors(_ records: [VisitorRecord], by: String, at: Date = Date()) throws(CatalogueError) -> AppendOutcome {
        try write { db in
            var outcome = AppendOutcome()
            for record in records {
                let existing = try Row.fetchOne(db, sql: "SELECT id, visitors FROM visitorCount WHERE station = ? AND date = ?",
                                                arguments: [record.station, record.date])
                guard let existing else {
                    try db.execute(sql: """
                        INSERT INTO visitorCount (station, date, visitors, recordedAt, recordedBy) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [record.station, record.date, record.visitors, at, by])
                    outcome.added += 1
                    continue
                }
                let before: Int = existing["visitors"]
                guard before != record.visitors else {
                    outcome.unchanged += 1
                    continue
                }
                let id: Int64 = existing["id"]
                try db.execute(sql: "UPDATE visitorCount SET visitors = ?, recordedAt = ?, recordedBy = ? WHERE id = ?",
                               arguments: [record.visitors, at, by, id])
                try Self.logHeldEdit(db, subject: "visitors", rowID: id, before: ["visitors": "\(before)"],
                                     after: ["visitors": "\(record.visitors)"], by: by, at: at)
                outcome.changed += 1
            }
            return outcome
        }
    }

    /// Stored visitor counts with dates in [from, through].
    public func visitors(stations: [String]? = nil, from: String, through: String) throws(CatalogueError) -> [VisitorRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT station, date, visitors FROM visitorCount WHERE date >= ? AND date <= ? ORDER BY station, date
                """, arguments: [from, through]).compactMap { row -> VisitorRecord? in
                let station: String = row["station"]
                if let stations, !stations.contains(station) { return nil }
                return VisitorRecord(station: station, date: row["date"], visitors: row["visitors"])
            }
        }
    }
}
