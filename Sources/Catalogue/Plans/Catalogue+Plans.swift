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

    public var station: String
    public var month: String
    public var document: Data
    public var items: [Item]
    public var createdAt: Date

    public init(station: String, month: String, document: Data, items: [Item], createdAt: Date = Date()) {
        self.station = station
        self.month = month
        self.document = document
        self.items = items
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
            }
        }
    }

    /// The stored plan documents of a month, keyed by station id.
    public func storedPlans(month: String, stations: [String]? = nil) throws(CatalogueError) -> [String: StoredPlan] {
        try read { db in
            var plans: [String: StoredPlan] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM stationPlan WHERE month = ? ORDER BY station", arguments: [month]) {
                let station: String = row["station"]
                if let stations, !stations.contains(station) { continue }
                let items = try Row.fetchAll(db, sql: "SELECT date, resourceId, kind FROM plannedItem WHERE planId = ? ORDER BY rowid",
                                             arguments: [row["id"] as Int64]).map {
                    StoredPlan.Item(date: $0["date"], resourceID: $0["resourceId"], kind: $0["kind"])
                }
                plans[station] = StoredPlan(
                    station: station, month: month, document: Data((row["plan"] as String).utf8), items: items,
                    createdAt: row["createdAt"])
            }
            return plans
        }
    }

    /// What each station was shown before `month` (YYYY-MM), for the no-repeat rule and series order.
    public func planHistory(stations: [String], before month: String) throws(CatalogueError) -> [String: [StoredPlan.Item]] {
        try read { db in
            var history: [String: [StoredPlan.Item]] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT station, date, resourceId, kind FROM plannedItem WHERE date < ? ORDER BY station, date, rowid
                """, arguments: [month + "-01"])
            let wanted = Set(stations)
            for row in rows where wanted.contains(row["station"]) {
                history[row["station"], default: []].append(
                    StoredPlan.Item(date: row["date"], resourceID: row["resourceId"], kind: row["kind"]))
            }
            return history
        }
    }
}
