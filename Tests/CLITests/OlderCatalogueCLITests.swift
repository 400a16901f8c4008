import Foundation
import GRDB
import Testing

/// A catalogue written before this build's newest migrations: read commands cannot upgrade it, so they
/// say which command does, instead of failing later on a table SQLite cannot find.
@Suite("reads on an older catalogue")
struct OlderCatalogueCLITests {
    @Test("a read command on a catalogue missing a newer migration exits 2 naming yuanjiao index, file untouched")
    func olderSchema() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["index", CLIRunner.samples]).status == 0)
        let newest = try DatabaseQueue(path: cli.catalog).write { db -> String in
            let newest = try String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid DESC LIMIT 1") ?? ""
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [newest])
            return newest
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.catalog))
        let refused = try cli.run(["search", "法律"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("旧版本"), "\(refused.stderr)")
        #expect(refused.stderr.contains("yuanjiao index"), "\(refused.stderr)")
        #expect(refused.stderr.contains(newest), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.catalog)) == before)
    }
}
