import GRDB

extension CatalogueSchema {
    /// What real guides need beyond v2: which guide an entry came from and how new that guide is (a
    /// conflict keeps the newer guide's entry), placeholders that give way, the season, the last episode
    /// of a range (第1-4集), and the number of clumped programmes sharing one slot.
    static func registerGuideMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v6-guide-entries") { db in
            try db.alter(table: "programme") { t in
                // The guide's `<tv date>`, else its file's modification time: seconds since 1970.
                t.add(column: "guideDate", .double)
                t.add(column: "placeholder", .boolean).notNull().defaults(to: false)
                t.add(column: "season", .integer)
                t.add(column: "episodeLast", .integer)
                t.add(column: "clumpCount", .integer)
                // 1: `<premiere>`, 0: `<previously-shown>` (a rerun), NULL: the guide does not say.
                t.add(column: "premiere", .boolean)
            }
            try db.create(index: "programme_title", on: "programme", columns: ["title"])
        }
    }
}
