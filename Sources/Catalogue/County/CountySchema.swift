import GRDB

extension CatalogueSchema {
    /// The county's view (issue 25): reflections (心得) handed in beside each sign-in, and 需求调查 answers.
    static func registerCountyMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v10-county-surveys") { db in
            // NULL: the sheet had no 心得 column, so nothing is known (never read as "not handed in").
            try db.alter(table: "attendance") { t in t.add(column: "reflection", .boolean) }
            try db.create(table: "surveyAnswer") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("station", .text).notNull()
                t.column("month", .text).notNull()  // "YYYY-MM"
                t.column("member", .text).notNull()
                t.column("topics", .text).notNull()  // topic ids, one per line
                t.column("comment", .text).notNull()
                t.column("sourceFile", .text).notNull()
                t.column("sourceLine", .integer).notNull()
                t.column("importedAt", .datetime).notNull()
                t.column("importedBy", .text).notNull()
                // A member answers once a month: a re-import of a corrected sheet replaces the answer.
                t.uniqueKey(["station", "month", "member"])
            }
        }
        // A report reads each month's play log, sign-ins and 心得 by date across all stations: without these the
        // (station, …) indexes were scanned whole once per month of a year report (issue 25, 5,000 stations).
        migrator.registerMigration("v25-held-date-indexes") { db in
            try db.create(index: "attendance_date", on: "attendance", columns: ["date"])
            try db.create(index: "playLogEntry_start", on: "playLogEntry", columns: ["start"])
        }
    }
}
