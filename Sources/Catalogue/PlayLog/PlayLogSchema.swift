import GRDB

extension CatalogueSchema {
    /// What stations actually played and who came. Both tables are append-only: a trigger refuses every
    /// DELETE, and the only UPDATE path (`Catalogue.editPlayLogEntry`, `recordAttendance`) writes the
    /// before/after into `heldEdit` in the same transaction, as librarian changes are kept.
    static func registerPlayLogMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v6-held") { db in
            try db.create(table: "playLogEntry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("station", .text).notNull()
                // County-local wall-clock times "YYYY-MM-DD HH:MM:SS": logs are written by hand from a printed form.
                t.column("start", .text).notNull()
                t.column("end", .text).notNull()
                t.column("file", .text).notNull()
                t.column("sourceFile", .text).notNull()
                t.column("sourceLine", .integer).notNull()
                t.column("importedAt", .datetime).notNull()
                t.column("importedBy", .text).notNull()
                // The same line imported twice is the same entry: re-imports are idempotent.
                t.uniqueKey(["station", "start", "file"])
            }
            try db.create(index: "playLogEntry_station", on: "playLogEntry", columns: ["station", "start"])
            try db.create(table: "attendance") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("station", .text).notNull()
                t.column("date", .text).notNull()
                t.column("member", .text).notNull()
                t.column("present", .boolean).notNull()
                t.column("recordedAt", .datetime).notNull()
                t.column("recordedBy", .text).notNull()
                t.uniqueKey(["station", "date", "member"])
            }
            try db.create(table: "heldEdit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("subject", .text).notNull()  // "playlog" or "attendance"
                t.column("rowId", .integer).notNull()
                t.column("before", .jsonText).notNull()
                t.column("after", .jsonText).notNull()
                t.column("by", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            for table in ["playLogEntry", "attendance", "heldEdit"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_appendOnly BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END
                    """)
            }
            try db.execute(sql: """
                CREATE TRIGGER heldEdit_immutable BEFORE UPDATE ON heldEdit
                BEGIN SELECT RAISE(ABORT, 'heldEdit is append-only'); END
                """)
        }
        // Non-member villagers (群众) who came to a session: a count per station and day, not names.
        migrator.registerMigration("v6-held-visitors") { db in
            try db.create(table: "visitorCount") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("station", .text).notNull()
                t.column("date", .text).notNull()
                t.column("visitors", .integer).notNull()
                t.column("recordedAt", .datetime).notNull()
                t.column("recordedBy", .text).notNull()
                t.uniqueKey(["station", "date"])
            }
            try db.execute(sql: """
                CREATE TRIGGER visitorCount_appendOnly BEFORE DELETE ON visitorCount
                BEGIN SELECT RAISE(ABORT, 'visitorCount is append-only'); END
                """)
        }
    }
}
