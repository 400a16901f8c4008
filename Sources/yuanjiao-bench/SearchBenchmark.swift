import Catalogue
import ChineseText
import Foundation
import GRDB

/// Issue 4's targets: 100,000 resources indexed in under 30 s; over 200 queries, median under 5 ms
/// and p99 under 20 ms, beside a LIKE '%…%' scan of the same rows; index size reported.
struct SearchBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let count = options.int("resources", default: 100_000)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/search.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }

        let pinyin = try PinyinTable(contentsOf: URL(fileURLWithPath: root + "/Catalog/pinyin-readings.txt"))
        let catalogue = try Catalogue(path: path, pinyin: pinyin)
        print("生成 \(count) 条课件记录（简繁混合）…")
        var corpus = ChineseCorpus(seed: 2026)
        let rows = (0..<count).map { corpus.resource(index: $0) }
        try SyntheticCatalogue.insert(
            rows.enumerated().map { .init(title: $1.title, description: $1.description, durationSeconds: 600 + $0 % 3000) },
            into: path, likeBaseline: true)

        let (_, buildSeconds) = try BenchSupport.time { try catalogue.rebuildSearchIndex() }
        let queries = corpus.queries()

        var latencies: [Double] = []
        var hits = 0
        for query in queries {
            let (results, seconds) = BenchSupport.time { try? catalogue.search(query, limit: 20) }
            latencies.append(seconds * 1000)
            hits += results?.total ?? 0
        }
        let baseline = try likeBaseline(path: path, queries: queries)

        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        let ftsBytes = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'resourceSearch%'")
        }

        print("")
        print("基准 search（\(count) 条课件，200 个查询，release）")
        print(BenchSupport.row("项目", "远教 FTS5", "参照 LIKE '%…%'", "目标"))
        print(BenchSupport.row("建立索引", String(format: "%.1f 秒", buildSeconds), "—", "< 30 秒"))
        print(BenchSupport.row("查询中位数", String(format: "%.2f 毫秒", percentile(latencies, 0.5)), String(format: "%.2f 毫秒", percentile(baseline, 0.5)), "< 5 毫秒"))
        print(BenchSupport.row("查询 p99", String(format: "%.2f 毫秒", percentile(latencies, 0.99)), String(format: "%.2f 毫秒", percentile(baseline, 0.99)), "< 20 毫秒"))
        print(BenchSupport.row("中位数倍数", String(format: "%.0f×", percentile(baseline, 0.5) / max(0.001, percentile(latencies, 0.5))), "1×", ""))
        print(BenchSupport.row("全文索引大小", ftsBytes.map { String(format: "%.1f MiB", Double($0) / 1_048_576) } ?? "—", "", ""))
        print(BenchSupport.row("目录文件大小", String(format: "%.1f MiB", Double(size + walSize) / 1_048_576), "", ""))
        print(BenchSupport.row("命中总数", "\(hits)", "", ""))
        print("最慢的 5 个查询：" + zip(queries, latencies).sorted { $0.1 > $1.1 }.prefix(5)
            .map { "「\($0.0)」\(String(format: "%.1f", $0.1)) 毫秒" }.joined(separator: "，"))
    }

    private func likeBaseline(path: String, queries: [String]) throws -> [Double] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try queries.map { query in
                let pattern = "%" + query + "%"
                let (_, seconds) = try BenchSupport.time {
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM likeBaseline WHERE title LIKE ? OR description LIKE ?",
                                     arguments: [pattern, pattern])
                }
                return seconds * 1000
            }
        }
    }

    private func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
    }
}
