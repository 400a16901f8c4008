import GRDB

extension CatalogueSchema {
    /// Librarian data: free tags, audience, series, and the change log that makes every edit reversible.
    static func registerLibrarianMigrations(_ migrator: inout DatabaseMigrator) {
    }
}
