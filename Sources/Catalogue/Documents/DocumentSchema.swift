import GRDB

extension CatalogueSchema {
    /// Documents: every resource gets its `kind`; page text lives in its own full-text table, one row a page.
    static func registerDocumentMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v-documents") { db in
            try db.alter(table: "resource") { t in t.add(column: "kind", .text).notNull().defaults(to: "video") }
            try db.create(index: "resource_kind", on: "resource", columns: ["kind"])
            try db.create(virtualTable: "documentPage", using: FTS5()) { t in
                t.tokenizer = ChineseFTS5Tokenizer.tokenizerDescriptor(arguments: ["pinyin"])
                t.column("body")
            }
            var last: Int64 = 0
            while true {
                let rows = try ResourceRow.fetchAll(db, sql: "SELECT * FROM resource WHERE id > ? ORDER BY id LIMIT 1000", arguments: [last])
                guard let final = rows.last?.id else { break }
                for row in rows {
                    try db.execute(sql: "UPDATE resource SET kind = ? WHERE id = ?", arguments: [DocumentSummary.kind(row.media), row.id])
                }
                last = final
            }
        }
    }
}
