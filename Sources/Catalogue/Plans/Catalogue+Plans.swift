public import Foundation
import GRDB

/// A station's month plan as the catalogue keeps it: the plan document itself (JSON, owned by the
/// planner) and the courses it shows, which become that station's history.
public struct StoredPlan: Sendable {
    public struct Item: Sendable, Hashable {
        public var date: String
        public var resourceID: Int64
        public var kind: String

        public init(date: String, resourceID: Int64, kind: String) {
            self.date = date
            self.resourceID = resourceID
            self.kind = kind
        }
    }

    /// A session's span: `date` YYYY-MM-DD, `start` and `end` HH:MM, `kind` as the plan writes it.
    public struct Session: Sendable, Hashable {
        public var date: String
        public var start: String
        public var end: String
        public var kind: String

        public init(date: String, start: String, end: String, kind: String) {
            self.date = date
            self.start = start
            self.end = end
            self.kind = kind
        }
    }

    public var station: String
    public var month: String
    public var document: Data
    public var items: [Item]
    public var sessions: [Session]
    public var createdAt: Date

    public init(
        station: String, month: String, document: Data, items: [Item], sessions: [Session] = [], createdAt: Date = Date()
    ) {
        self.station = station
        self.month = month
        self.document = document
        self.items = items
        self.sessions = sessions
        self.createdAt = createdAt
    }
}

extension Catalogue {
    /// Replaces the month's plan of each given station, all in one transaction.
    public func storePlans(_ plans: [StoredPlan]) throws(CatalogueError) {
        try write { db in
            for plan in plans {
                try db.execute(sql: "DELETE FROM stationPlan WHERE station = ? AND month = ?", arguments: [plan.station, plan.month])
                try db.execute(
                    sql: "INSERT INTO stationPlan (station, month, plan, createdAt) VALUES (?, ?, ?, ?)",
                    arguments: [plan.station, plan.month, String(decoding: plan.document, as: UTF8.self), plan.createdAt])
                let planID = db.lastInsertedRowID
                let statement = try db.cachedStatement(sql: """
                    INSERT INTO plannedItem (planId, station, date, resourceId, kind) VALUES (?, ?, ?, ?, ?)
                    """)
                for item in plan.items {
                    try statement.execute(arguments: [planID, plan.station, item.date, item.resourceID, item.kind])
                }
                let sessions = try db.cachedStatement(sql: """
                    INSERT INTO plannedSession (planId, date, start, "end", kind) VALUES (?, ?, ?, ?, ?)
                    """)
                for session in plan.sessions {
                    try sessions.execute(arguments: [planID, session.date, session.start, session.end, session.kind])
                }
            }
        }
    }

    /// The stored plan documents of a month, keyed by station id. Two queries whatever the number of stations.
    public func storedPlans(month: String, stations: [String]? = nil) throws(CatalogueError) -> [String: StoredPlan] {
        try read { db in
            let wanted = stations.map(Set.init)
            var plans: [Int64: StoredPlan] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, station, plan, createdAt FROM stationPlan WHERE month = ?", arguments: [month])
            while let row = try rows.next() {
                let station: String = row[1]
                if let wanted, !wanted.contains(station) { continue }
                plans[row[0]] = StoredPlan(
                    station: station, month: month, document: Data((row[2] as String).utf8), items: [], createdAt: row[3])
            }
            guard !plans.isEmpty else { return [:] }
            let items = try Row.fetchCursor(db, sql: """
                SELECT plannedItem.planId, plannedItem.date, plannedItem.resourceId, plannedItem.kind
                FROM plannedItem JOIN stationPlan ON stationPlan.id = plannedItem.planId
                WHERE stationPlan.month = ? ORDER BY plannedItem.rowid
                """, arguments: [month])
            while let row = try items.next() {
                let planID: Int64 = row[0]
                guard plans[planID] != nil else { continue }
                plans[planID]?.items.append(StoredPlan.Item(date: row[1], resourceID: row[2], kind: row[3]))
            }
            return Dictionary(uniqueKeysWithValues: plans.values.map { ($0.station, $0) })
        }
    }

    /// The session spans of a month's stored plans, keyed by station id: what the neighbouring month's cut
    /// weeks need, without reading the plan documents.
    public func storedSessions(month: String, stations: [String]) throws(CatalogueError) -> [String: [StoredPlan.Session]] {
        try read { db in
            let wanted = Set(stations)
            var sessions: [String: [StoredPlan.Session]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT stationPlan.station, s.date, s.start, s."end", s.kind
                FROM plannedSession s JOIN stationPlan ON stationPlan.id = s.planId
                WHERE stationPlan.month = ? ORDER BY s.rowid
                """, arguments: [month])
            while let row = try rows.next() {
                let station: String = row[0]
                guard wanted.contains(station) else { continue }
                sessions[station, default: []].append(StoredPlan.Session(date: row[1], start: row[2], end: row[3], kind: row[4]))
            }
            return sessions
        }
    }

    /// The months (YYYY-MM) for which `station` has a stored plan, oldest first.
    public func plannedMonths(station: String) throws(CatalogueError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT month FROM stationPlan WHERE station = ? ORDER BY month", arguments: [station])
        }
    }

    /// The months (YYYY-MM) that have a stored plan for any station, oldest first.
    public func plannedMonths() throws(CatalogueError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT month FROM stationPlan ORDER BY month") }
    }

    /// What each station was shown in its study and weekly sessions (open-day loops only replay a month's own
    /// courses) on dates `from ..< before`, leaving out `excludingMonth` (YYYY-MM): the plan being replaced.
    /// One pass over the table's rows in that range: linear in the history read.
    public func planHistory(
        stations: [String], from first: String, before end: String, excludingMonth month: String
    ) throws(CatalogueError) -> [String: [StoredPlan.Item]] {
        try read { db in
            var history: [String: [StoredPlan.Item]] = [:]
            let wanted = Set(stations)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT station, date, resourceId, kind FROM plannedItem
                WHERE date >= ? AND date < ? AND kind <> 'open-day' AND substr(date, 1, 7) <> ?
                ORDER BY rowid
                """, arguments: [first, end, month])
            while let row = try rows.next() {
                let station: String = row[0]
                guard wanted.contains(station) else { continue }
                history[station, default: []].append(StoredPlan.Item(date: row[1], resourceID: row[2], kind: row[3]))
            }
            return history
        }
    }
}
