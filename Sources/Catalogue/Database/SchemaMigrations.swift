import GRDB

/// The catalogue's versioned schema steps, applied all together in ONE exclusive transaction.
///
/// GRDB's `DatabaseMigrator` gives each migration a transaction of its own and reads which were applied before
/// taking the write lock, so two `index` runs creating one catalogue raced ("table already exists"). Here
/// `BEGIN EXCLUSIVE` comes first, the applied steps are read inside it, and `COMMIT` comes after the last one:
/// another process sees the catalogue as it was before or as it is after, never in between. The bookkeeping
/// table is GRDB's own (`grdb_migrations`), so catalogues migrated either way read the same.
struct SchemaMigrations {
    private var steps: [(identifier: String, migrate: (Database) throws -> Void)] = []

    /// Every step's identifier, in the order they apply.
    var migrations: [String] { steps.map(\.identifier) }

    /// Appends a step; steps are only ever appended, never edited once released.
    mutating func registerMigration(_ identifier: String, migrate: @escaping (Database) throws -> Void) {
        precondition(!migrations.contains(identifier), "migration \(identifier) registered twice")
        steps.append((identifier, migrate))
    }

    /// The identifiers recorded in the file, known to this build or not.
    func appliedIdentifiers(_ db: Database) throws -> Set<String> {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
    }

    /// True when every step of this build is recorded in the file.
    func hasCompletedMigrations(_ db: Database) throws -> Bool {
        try Set(migrations).isSubset(of: appliedIdentifiers(db))
    }

    /// Brings the file to the current schema in one `BEGIN EXCLUSIVE` … `COMMIT`; a file already current
    /// is only read. A second process waits on the lock (the busy timeout), then finds the work done.
    func migrate(_ pool: DatabasePool) throws {
        if try pool.read({ db in try hasCompletedMigrations(db) }) { return }
        try pool.barrierWriteWithoutTransaction { db in
            // Foreign keys cannot be switched inside a transaction. Off, a step that rebuilds a table does not
            // cascade deletes into its children; the whole result is checked before COMMIT instead.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction(.exclusive) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let applied = try appliedIdentifiers(db)
                for step in steps where !applied.contains(step.identifier) {
                    try step.migrate(db)
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [step.identifier])
                }
                if let violation = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                    throw DatabaseError(
                        resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY,
                        message: "schema migration left a dangling reference in table \(violation[0] as String? ?? "?")")
                }
                return .commit
            }
        }
    }
}
