import GRDB
import Testing
@testable import Catalogue

/// The index keeps SQLite's statement journals in memory while it writes; afterwards the writer connection must
/// be as it was, so other commands' temporary b-trees still go to files.
@Suite("Statement journals during an index")
struct StatementJournalTests {
    @Test("temp_store is back to its default after an index, and the index stored every file")
    func restoredAfterIndex() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(["法律法规/宪法宣传教育.mp3", "农业科技/水稻育秧技术.mp4", "政策理论/乡村振兴战略解读.mkv"])
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(roots: [folder], options: IndexOptions(batchSize: 1))
        #expect(report.added == 3)
        let tempStore = try catalogue.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }
        #expect(tempStore == 0)
    }
}
