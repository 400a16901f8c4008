import GRDB

extension CatalogueSchema {
    /// Stored month plans and the per-station history the planner reads to avoid repeats.
    static func registerPlanMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-plans") { db in
            try db.create(table: "stationPlan") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("station", .text).notNull()
                t.column("month", .text).notNull()
                t.column("plan", .jsonText).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["station", "month"])
            }
            // One row per course shown: what `show` lists under "planned" and what no-repeat reads.
            try db.create(table: "plannedItem") { t in
                t.column("planId", .integer).notNull().references("stationPlan", onDelete: .cascade)
                t.column("station", .text).notNull()
                t.column("date", .text).notNull()
                t.column("resourceId", .integer).notNull()
                t.column("kind", .text).notNull()
            }
            try db.create(index: "plannedItem_station", on: "plannedItem", columns: ["station", "date"])
            try db.create(index: "plannedItem_resource", on: "plannedItem", columns: ["resourceId"])
        }
        // Without it, reading a plan's items and the cascade that deletes them when a month is re-planned scan
        // the whole table once per station: quadratic at province scale (issue 12).
        migrator.registerMigration("v6-plannedItem-planId") { db in
            try db.create(index: "plannedItem_plan", on: "plannedItem", columns: ["planId"])
            try db.create(index: "stationPlan_month", on: "stationPlan", columns: ["month"])
        }
    }
}
