import GRDB

extension CatalogueSchema {
    /// Librarian data: free tags, audience, series, rejected topics, and the change log that makes every
    /// edit reversible. Every table is keyed by resource id, which survives moves and renames (the indexer
    /// matches content fingerprints), and no indexer code path deletes from them.
    static func registerLibrarianMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v4-librarian") { db in
            try db.create(table: "resourceTag") { t in
                t.column("resourceId", .integer).notNull().references("resource", onDelete: .cascade)
                t.column("tag", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("createdBy", .text).notNull()
                t.primaryKey(["resourceId", "tag"])
            }
            try db.create(index: "resourceTag_tag", on: "resourceTag", columns: ["tag"])
            try db.create(table: "resourceLibrarian") { t in
                t.primaryKey("resourceId", .integer).references("resource", onDelete: .cascade)
                t.column("audience", .text)
                t.column("series", .text)
                t.column("episode", .integer)
                t.column("updatedAt", .datetime).notNull()
                t.column("updatedBy", .text).notNull()
            }
            // A topic the librarian removed: the rules must not suggest it again for that resource.
            try db.create(table: "topicRejection") { t in
                t.column("resourceId", .integer).notNull().references("resource", onDelete: .cascade)
                t.column("topic", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("createdBy", .text).notNull()
                t.primaryKey(["resourceId", "topic"])
            }
            // Enforced where the rows are written, so TopicStore (rescans, guide imports, taxonomy
            // changes) needs no knowledge of rejections: its INSERT of a rejected topic is skipped.
            try db.execute(sql: """
                CREATE TRIGGER resourceTopic_skipRejected BEFORE INSERT ON resourceTopic
                WHEN NEW.source <> 'librarian'
                 AND EXISTS (SELECT 1 FROM topicRejection WHERE resourceId = NEW.resourceId AND topic = NEW.topic)
                BEGIN SELECT RAISE(IGNORE); END
                """)
            try db.create(table: "librarianChange") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("summary", .text).notNull()
                t.column("by", .text).notNull()
                t.column("at", .datetime).notNull()
                t.column("undoes", .integer).references("librarianChange")
                t.column("undoneBy", .integer).references("librarianChange")
            }
            // No foreign key to resource: an entry of the log must stay readable whatever happens to the row.
            try db.create(table: "librarianChangeItem") { t in
                t.column("changeId", .integer).notNull().references("librarianChange", onDelete: .cascade)
                t.column("resourceId", .integer).notNull()
                t.column("before", .jsonText).notNull()
                t.column("after", .jsonText).notNull()
                // Machine suggestions deleted because their topic was rejected: an undo puts them back.
                t.column("removedSuggestions", .jsonText)
                t.primaryKey(["changeId", "resourceId"])
            }
            try db.create(index: "librarianChangeItem_resource", on: "librarianChangeItem", columns: ["resourceId"])
        }
    }
}
