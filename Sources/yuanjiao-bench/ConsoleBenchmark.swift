import Catalogue
import ChineseText
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Issue 14's targets on a 100,000-resource catalogue, against the real `yuanjiao serve` process:
/// search and review pages p50 < 30 ms and p99 < 100 ms (one client at a time, time to the last byte
/// on loopback, which is the server's time plus a loopback round trip); 50 concurrent clients with wrk
/// (bounded to 10 s per page) at p99 < 200 ms with no errors; the server's peak memory < 300 MB.
struct ConsoleBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let count = options.int("resources", default: 100_000)
        let requests = options.int("requests", default: 200)
        let port = options.int("port", default: 18_914)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/console.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }

        let pinyin = try PinyinTable(contentsOf: URL(fileURLWithPath: root + "/Catalog/pinyin-readings.txt"))
        let catalogue = try Catalogue(path: path, pinyin: pinyin)
        print("生成 \(count) 条课件记录，一半带建议主题…")
        var corpus = ChineseCorpus(seed: 2026)
        let topics = ["policy", "law", "ethics", "agritech"]
        let rows = (0..<count).map { index -> SyntheticCatalogue.Resource in
            let resource = corpus.resource(index: index)
            let topic: [(id: String, confirmed: Bool)] = index % 2 == 0 ? [(topics[index / 2 % 4], index % 4 == 0)] : []
            return .init(title: resource.title, description: resource.description, durationSeconds: 600 + index % 3000, topics: topic)
        }
        try SyntheticCatalogue.insert(rows, into: path)
        try catalogue.rebuildSearchIndex()

        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("yuanjiao").path
        let environment = "YUANJIAO_CATALOG='\(path)' YUANJIAO_DATA='\(root)/Catalog'"
        try BenchSupport.shell("printf 'bench-password-1\\n' | \(environment) '\(binary)' users add bench --role admin --password-stdin >/dev/null")
        let (_, hashSeconds) = try BenchSupport.time {
            try BenchSupport.shell("printf 'bench-password-2\\n' | \(environment) '\(binary)' users passwd bench --password-stdin >/dev/null")
        }

        let server = try ConsoleBenchServer.start(
            binary: binary, environment: environment, stationsFile: root + "/Samples/stations.yaml", port: port,
            jar: work + "/console-cookies.txt", name: "bench", password: "bench-password-2")
        defer { server.stop() }
        let base = server.base, cookie = server.cookie

        let queries = corpus.queries()
        // The reference: the same catalogue calls in this process, without HTTP, sessions or HTML.
        let searchCalls = try (0..<requests).map { index in
            try BenchSupport.time { _ = try catalogue.search(queries[index % queries.count], limit: 50) }.1 * 1000
        }
        let reviewCalls = try (0..<requests).map { _ in try BenchSupport.time { _ = try catalogue.reviewQueue(limit: 50) }.1 * 1000 }
        let deepCalls = try (0..<requests).map { _ in
            try BenchSupport.time { _ = try catalogue.reviewQueue(limit: 50, after: Int64(count / 2)) }.1 * 1000
        }
        let references = [searchCalls, reviewCalls, deepCalls].map { calls in
            (p50: String(format: "目录调用 %.1f 毫秒", percentile(calls, 0.5)), p99: String(format: "目录调用 %.1f 毫秒", percentile(calls, 0.99)))
        }
        let pages: [(String, [String])] = [
            ("检索页", (0..<requests).map { "/search?q=" + (queries[$0 % queries.count].addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }),
            ("审核页", Array(repeating: "/review", count: requests)),
            // Deep in the queue by its keyset cursor: a page there must cost what the first one does.
            ("审核页（队列中段）", Array(repeating: "/review?after=\(count / 2)", count: requests)),
        ]
        var rowsOut: [String] = []
        for ((label, uris), reference) in zip(pages, references) {
            let times = try uris.map { uri in
                let text = try BenchSupport.shell("curl -s -o /dev/null -w '%{http_code} %{time_total}' -H '\(cookie)' '\(base)\(uri)'")
                let parts = text.split(separator: " ")
                guard parts.first == "200", let seconds = Double(parts.last ?? "") else { throw BenchFailure(message: "\(uri) 返回 \(text)") }
                return seconds * 1000
            }
            rowsOut.append(BenchSupport.row("\(label) p50", String(format: "%.1f 毫秒", percentile(times, 0.5)), reference.p50, "< 30 毫秒"))
            rowsOut.append(BenchSupport.row("\(label) p99", String(format: "%.1f 毫秒", percentile(times, 0.99)), reference.p99, "< 100 毫秒"))
        }
        var wrkRows: [String] = []
        if (try? BenchSupport.shell("command -v wrk")) != nil {
            for (label, uri) in [("检索页", "/search?q=%E6%B3%95%E5%BE%8B"), ("审核页", "/review")] {
                let output = try BenchSupport.shell("wrk -t2 -c50 -d10s --timeout 5s --latency -H '\(cookie)' '\(base)\(uri)' 2>&1")
                wrkRows.append(BenchSupport.row("50 并发 \(label) p99", Self.wrkP99(output), "", "< 200 毫秒"))
                wrkRows.append(BenchSupport.row("50 并发 \(label) 错误", Self.wrkErrors(output), "", "0"))
                wrkRows.append(BenchSupport.row("50 并发 \(label) 每秒请求", Self.wrkRate(output), "", ""))
            }
        } else {
            wrkRows.append("（没有安装 wrk：apt-get install wrk 后再运行以测并发）")
        }
        let memory = server.peakMemory
        print("")
        print("基准 console（\(count) 条课件，yuanjiao serve，release；每页 \(requests) 次顺序请求）")
        print(BenchSupport.row("项目", "远教控制台（curl 到最后一个字节）", "参考：同样的目录调用，进程内", "目标"))
        rowsOut.forEach { print($0) }
        wrkRows.forEach { print($0) }
        print(BenchSupport.row("服务进程内存峰值", memory, "", "< 300 MB"))
        print(BenchSupport.row("bcrypt 改一次密码（整个命令）", String(format: "%.0f 毫秒", hashSeconds * 1000), "", "哈希 ≥ 50 毫秒"))
    }

    static func wrkP99(_ output: String) -> String {
        output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("99%") }
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) ?? "—" } ?? "—"
    }

    static func wrkErrors(_ output: String) -> String {
        let lines = output.split(separator: "\n").filter { $0.contains("Non-2xx") || $0.contains("Socket errors") }
        return lines.isEmpty ? "0" : lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "；")
    }

    static func wrkRate(_ output: String) -> String {
        output.split(separator: "\n").first { $0.hasPrefix("Requests/sec:") }
            .map { String($0.dropFirst("Requests/sec:".count)).trimmingCharacters(in: .whitespaces) } ?? "—"
    }

    private func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
    }
}
