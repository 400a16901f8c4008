public import Foundation
import GRDB

/// Whether a member handed in a 心得体会 for a session they signed in to.
public struct ReflectionRecord: Sendable, Hashable, Codable {
    public var station: String
    /// "YYYY-MM-DD".
    public var date: String
    public var member: String
    public var handedIn: Bool

    public init(station: String, date: String, member: String, handedIn: Bool) {
        self.station = station
        self.date = date
        self.member = member
        self.handedIn = handedIn
    }
}

extension Catalogue {
    /// Marks reflections on stored sign-ins (the sign-in must exist: a reflection belongs to a session
    /// the member came to). A changed mark is logged in the edit log (subject "reflection").
    public func recordReflections(_ records: [ReflectionRecord], by: String, at: Date = Date()) throws(CatalogueError) -> AppendOutcome {
        try write { db in
            var outcome = AppendOutcome()
            for record in records {
                guard let existing = try Row.fetchOne(db, sql: """
                    SELECT id, reflection FROM attendance WHERE station = ? AND date = ? AND member = ?
                    """, arguments: [record.station, record.date, record.member]) else { continue }
                let before: Bool? = existing["reflection"]
                guard before != record.handedIn else {
                    outcome.unchanged += 1
                    continue
                }
                let id: Int64 = existing["id"]
                try db.execute(sql: "UPDATE attendance SET reflection = ? WHERE id = ?", arguments: [record.handedIn, id])
                if let before {
                    try Self.logHeldEdit(db, subject: "reflection", rowID: id, before: ["reflection": "\(before)"],
                                         after: ["reflection": "\(record.handedIn)"], by: by, at: at)
                    outcome.changed += 1
                } else {
                    outcome.added += 1
                }
            }
            return outcome
        }
    }

    /// Reflections known for sign-ins with dates in [from, through]; rows whose sheet had no 心得 column are left out.
    public func reflections(from: String, through: String) throws(CatalogueError) -> [ReflectionRecord] {
        try read { db in
            var records: [ReflectionRecord] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT station, date, member, reflection FROM attendance
                WHERE date >= ? AND date <= ? AND reflection IS NOT NULL ORDER BY station, date, member
                """, arguments: [from, through])
            while let row = try rows.next() {
                records.append(ReflectionRecord(station: row[0], date: row[1], member: row[2], handedIn: row[3]))
            }
            return records
        }
    }
}
