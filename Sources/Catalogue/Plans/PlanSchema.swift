import GRDB

extension CatalogueSchema {
    /// Stored month plans and the per-station history the planner reads to avoid repeats.
    static func registerPlanMigrations(_ migrator: inout SchemaMigrations) {
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
            // History is read in one pass over a date range now; this index only slowed every write.
            try db.drop(index: "plannedItem_station")
            // Each session's span, so the neighbouring months' weeks are read without decoding whole plans.
            try db.create(table: "plannedSession") { t in
                t.column("planId", .integer).notNull().indexed().references("stationPlan", onDelete: .cascade)
                t.column("date", .text).notNull()
                t.column("start", .text).notNull()
                t.column("end", .text).notNull()
                t.column("kind", .text).notNull()
            }
            // Plans stored before this version get their sessions from their documents.
            try db.execute(sql: """
                INSERT INTO plannedSession (planId, date, start, "end", kind)
                SELECT p.id, json_extract(s.value, '$.date'), json_extract(s.value, '$.start'),
                       json_extract(s.value, '$.end'), json_extract(s.value, '$.kind')
                FROM stationPlan p, json_each(p.plan, '$.sessions') s
                WHERE json_valid(p.plan)
                """)
        }
    }
}
