import GRDB

extension CatalogueSchema {
    /// Issue 26: programmes get their title folded as search folds (`titleKey`, filled when linking needs it,
    /// not while importing), and a recording whose time matches several channels' programmes keeps them as
    /// candidates for the librarian instead of a guess.
    static func registerGuideLinkMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v8-programme-titleKey-link-candidates") { db in
            try db.alter(table: "programme") { t in t.add(column: "titleKey", .text) }
            try db.create(index: "programme_titleKey", on: "programme", columns: ["titleKey"])
            try db.create(table: "linkCandidate") { t in
                t.column("resourceId", .integer).notNull().references("resource", onDelete: .cascade)
                t.column("programmeId", .integer).notNull().references("programme", onDelete: .cascade)
                t.primaryKey(["resourceId", "programmeId"])
            }
        }
    }

    /// Issue 26, guide import speed: no query looks programmes up by their raw `title` (linking goes by
    /// `titleKey`, search scans), yet its index took every imported row into a random place of a b-tree,
    /// half of what SQLite spent storing a large guide.
    static func registerGuideImportMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v26-drop-programme-title-index") { db in
            try db.execute(sql: "DROP INDEX IF EXISTS programme_title")
        }
    }
}
