import GRDB
import Testing
@testable import Catalogue

/// The index keeps SQLite's statement journals in memory and a larger page cache while it writes; afterwards the
/// writer connection must be as it was, so other commands' temporary b-trees still go to files.
@Suite("Writer settings during an index")
struct IndexWriterSettingsTests {
    @Test("temp_store and cache_size are back as they were after an index, and the index stored every file")
    func restoredAfterIndex() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(["法律法规/宪法宣传教育.mp3", "农业科技/水稻育秧技术.mp4", "政策理论/乡村振兴战略解读.mkv"])
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let settings = {
            try catalogue.pool.writeWithoutTransaction { db in
                [try Int.fetchOne(db, sql: "PRAGMA temp_store"), try Int.fetchOne(db, sql: "PRAGMA cache_size")]
            }
        }
        let before = try settings()
        let report = try catalogue.index(roots: [folder], options: IndexOptions(batchSize: 1))
        #expect(report.added == 3)
        #expect(try settings() == before)
        #expect(before.first == 0)
    }
}
