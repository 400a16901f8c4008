import GRDB

extension CatalogueSchema {
    /// Web console accounts. The password is kept only as a bcrypt hash; the role decides what the
    /// console shows, and a station account is bound to one station id of the station file.
    static func registerAccountMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v6-accounts") { db in
            try db.create(table: "account") { t in
                t.primaryKey("name", .text)
                t.column("role", .text).notNull()
                t.column("station", .text)
                t.column("passwordHash", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
    }
}
