import GRDB

extension CatalogueSchema {
    /// Stored month plans and the per-station history the planner reads to avoid repeats.
    static func registerPlanMigrations(_ migrator: inout DatabaseMigrator) {
    }
}
