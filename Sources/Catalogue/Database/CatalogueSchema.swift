import GRDB

/// Versioned schema. Migrations are only ever appended: a catalogue written by an older
/// Yuanjiao upgrades in place, one written by a newer one is refused (see `CatalogueFile`).
enum CatalogueSchema {
    /// `PRAGMA application_id` of every Yuanjiao catalogue: "YJ01" in ASCII.
    static let applicationID: Int32 = 0x594A_3031

    /// The newest migration this build knows, as `yuanjiao --version` shows it.
    static var version: String { migrator.migrations.last ?? "" }

    /// Brings the file to the current schema, all pending steps in one exclusive transaction.
    static func migrate(_ pool: DatabasePool) throws {
        try migrator.migrate(pool)
    }

    static var migrator: SchemaMigrations {
        var migrator = SchemaMigrations()
        migrator.registerMigration("v1-resources") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "resource") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("path", .text).notNull().unique()
                t.column("size", .integer).notNull()
                t.column("mtime", .double).notNull()
                t.column("fingerprint", .text).notNull().indexed()
                t.column("status", .text).notNull().defaults(to: "present")
                t.column("title", .text).notNull()
                t.column("titleSource", .text).notNull()
                t.column("format", .text)
                t.column("duration", .double)
                t.column("bitRate", .integer)
                t.column("media", .jsonText)
                t.column("addedAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("missingSince", .datetime)
            }
        }
        migrator.registerMigration("v2-guides-topics") { db in
            try db.create(table: "channel") { t in
                t.primaryKey("id", .text)
                t.column("displayName", .text)
                t.column("names", .text).notNull()  // display names, one per line
            }
            try db.create(table: "programme") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("channel", .text).notNull()
                t.column("start", .double).notNull()
                t.column("stop", .double)
                t.column("title", .text).notNull()
                t.column("subTitle", .text)
                t.column("description", .text)
                // One category per line: read back with split, no JSON on the 100,000-programme import path.
                t.column("categories", .text).notNull()
                t.column("episode", .integer)
                t.column("part", .integer)
                t.column("seriesTitle", .text)
                t.column("keywords", .text).notNull()
                t.column("episodeNumbers", .text).notNull()
                // A digest of everything above: an identical re-import is recognised without rewriting.
                t.column("digest", .text).notNull()
                t.column("sourceFile", .text).notNull()
                t.column("importedAt", .datetime).notNull()
                t.uniqueKey(["channel", "start"])
            }
            try db.create(index: "programme_start", on: "programme", columns: ["start"])
            try db.create(table: "resourceProgramme") { t in
                t.primaryKey("resourceId", .integer).references("resource", onDelete: .cascade)
                t.column("programmeId", .integer).notNull().references("programme", onDelete: .cascade)
                t.column("method", .text).notNull()
                t.column("linkedAt", .datetime).notNull()
            }
            // Librarian rows (source = 'librarian') are never touched by rules, rescans or guide imports.
            try db.create(table: "resourceTopic") { t in
                t.column("resourceId", .integer).notNull().references("resource", onDelete: .cascade)
                t.column("topic", .text).notNull()
                t.column("source", .text).notNull()
                t.column("confirmed", .boolean).notNull().defaults(to: false)
                t.column("reason", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("createdBy", .text)
                t.primaryKey(["resourceId", "topic", "source"])
            }
            try db.create(index: "resourceTopic_topic", on: "resourceTopic", columns: ["topic"])
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("v3-search") { db in
            try db.create(table: "topic") { t in
                t.primaryKey("id", .text)
                t.column("label", .text).notNull()
                t.column("labelTraditional", .text)
            }
            try db.create(virtualTable: "resourceSearch", using: FTS5()) { t in
                t.tokenizer = ChineseFTS5Tokenizer.tokenizerDescriptor(arguments: ["pinyin"])
                t.column("title")
                t.column("tags")
                t.column("description")
                t.column("filename")
            }
            // The folded title, indexed: exact-title and prefix boosts are a B-tree lookup.
            try db.alter(table: "resource") { t in t.add(column: "titleKey", .text) }
            try db.create(index: "resource_titleKey", on: "resource", columns: ["titleKey"])
            try SearchIndex.rebuild(db)
        }
        // Later capabilities append their migrations in their own files, always after the ones above.
        registerLibrarianMigrations(&migrator)
        registerPlanMigrations(&migrator)
        registerGuideMigrations(&migrator)
        registerAccountMigrations(&migrator)
        registerPlayLogMigrations(&migrator)
        registerReviewMigrations(&migrator)
        registerCountyMigrations(&migrator)
        registerSessionMigrations(&migrator)
        registerDocumentMigrations(&migrator)
        registerGuideLinkMigrations(&migrator)
        registerChildrenAttendanceMigrations(&migrator)
        registerGuideImportMigrations(&migrator)
        return migrator
    }
}
