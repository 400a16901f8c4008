import Foundation
import GRDB
import Testing
@testable import Catalogue

/// The indexer leaves the full-text index as FTS5's automerge made it (several segments) instead of optimizing it at
/// the end. These tests hold that the layout changes nothing a user sees: the same rows in the same order.
@Suite("Full-text segments")
struct SearchSegmentsTests {
    /// Whole titles, words inside them, pinyin, traditional forms and prefixes of the bundled samples.
    static let queries = [
        "水稻育秧技术", "水稻", "育秧", "乡村振兴", "振兴战略", "法律", "农业", "農業", "技術", "家风", "家風",
        "讲座", "shuidao", "falv", "nongye", "xiangcun", "shui", "fa", "农", "技", "CCTV", "mp4", "课件",
    ]

    @Test("searches over an index of many small segments return what they return after 'optimize'")
    func resultsIndependentOfSegments() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let catalogue = try Catalogue(path: workspace.catalogPath, pinyin: SearchCorpus.pinyin)
        // Batches of two: one commit, so one new segment, every two files.
        let report = try catalogue.index(roots: [TestWorkspace.samples.path], options: IndexOptions(batchSize: 2))
        #expect(report.added >= 20)
        let segments = try catalogue.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT id >> 37) FROM resourceSearch_data WHERE id >= (1 << 37)") ?? 0
        }
        #expect(segments > 1)
        try catalogue.pool.write { db in
            try db.execute(sql: "INSERT INTO resourceSearch(resourceSearch) VALUES('integrity-check')")
        }
        let asIndexed = try Self.queries.map { try catalogue.search($0, limit: 100).results.map(\.id) }
        #expect(asIndexed.contains { !$0.isEmpty })

        try catalogue.pool.write { db in
            try db.execute(sql: "INSERT INTO resourceSearch(resourceSearch) VALUES('optimize')")
        }
        let optimized = try Self.queries.map { try catalogue.search($0, limit: 100).results.map(\.id) }
        #expect(asIndexed == optimized)
    }
}
