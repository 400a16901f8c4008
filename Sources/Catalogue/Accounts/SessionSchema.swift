import GRDB

extension CatalogueSchema {
    /// Console sessions live in the catalogue so that a restart of the console does not log everyone out.
    /// Each account gets an id that is never reused (random, not the name or a rowid): a session is
    /// bound to that id, so a removed-and-re-added name never inherits an old cookie.
    static func registerSessionMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v21-console-sessions") { db in
            try db.alter(table: "account") { t in t.add(column: "accountID", .text) }
            try db.execute(sql: "UPDATE account SET accountID = lower(hex(randomblob(16)))")
            try db.create(index: "account_accountID", on: "account", columns: ["accountID"], unique: true)
            try db.create(table: "consoleSession") { t in
                // The key is the session cookie's value; the value is the console's own JSON.
                t.primaryKey("key", .text)
                t.column("accountID", .text).indexed()
                t.column("value", .blob).notNull()
                t.column("expires", .datetime)
            }
        }
    }
}
