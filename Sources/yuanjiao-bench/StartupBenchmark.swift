import Catalogue
import ChineseText
import Foundation

/// Issue 13's targets: whole-process `yuanjiao search` ≤ 40 ms and `yuanjiao show` ≤ 30 ms (median of
/// 20 runs) on a 100,000-resource catalogue, beside the `sqlite3` shell answering a LIKE query on the
/// same file (a process that loads SQLite and nothing else). Uses the release `yuanjiao` beside this
/// benchmark's own executable.
struct StartupBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let count = options.int("resources", default: 100_000)
        let runs = options.int("runs", default: 20)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/startup.sqlite"
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("yuanjiao").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchFailure(message: "找不到 \(binary)：请先运行 swift build -c release")
        }

        if !FileManager.default.fileExists(atPath: path) || options.string("fresh", default: "no") == "yes" {
            for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            print("生成 \(count) 条课件记录…")
            let pinyin = try PinyinTable(contentsOf: URL(fileURLWithPath: root + "/Catalog/pinyin-readings.txt"))
            let catalogue = try Catalogue(path: path, pinyin: pinyin)
            var corpus = ChineseCorpus(seed: 2026)
            let rows = (0..<count).map { corpus.resource(index: $0) }
            try SyntheticCatalogue.insert(
                rows.enumerated().map { .init(title: $1.title, description: $1.description, durationSeconds: 600 + $0 % 3000) },
                into: path)
            try catalogue.rebuildSearchIndex()
        }

        let environment = ["YUANJIAO_CATALOG": path, "YUANJIAO_DATA": root + "/Catalog", "PATH": "/usr/bin:/bin"]
        let search = try medianMilliseconds(binary, ["search", "法律", "--limit", "20"], environment, runs)
        let pinyinSearch = try medianMilliseconds(binary, ["search", "falv", "--limit", "20"], environment, runs)
        let show = try medianMilliseconds(binary, ["show", "\(count / 2)"], environment, runs)
        let version = try medianMilliseconds(binary, ["--version"], environment, runs)
        let like = try medianMilliseconds(
            "/usr/bin/sqlite3", [path, "SELECT id, title FROM resource WHERE title LIKE '%法律%' LIMIT 20"], environment, runs)

        print("")
        print("基准 startup（整个进程，\(count) 条课件，\(runs) 次取中位数，release）")
        print(BenchSupport.row("命令", "远教", "参照 sqlite3 LIKE", "目标"))
        print(BenchSupport.row("search 法律", format(search), format(like), "≤ 40 毫秒"))
        print(BenchSupport.row("search falv（拼音）", format(pinyinSearch), format(like), "≤ 40 毫秒"))
        print(BenchSupport.row("show", format(show), format(like), "≤ 30 毫秒"))
        print(BenchSupport.row("--version（进程下限）", format(version), "", ""))
    }

    private func format(_ milliseconds: Double) -> String { String(format: "%.1f 毫秒", milliseconds) }

    /// Runs the command `runs` times after one warm-up run; the median wall time, in milliseconds.
    private func medianMilliseconds(_ executable: String, _ arguments: [String], _ environment: [String: String], _ runs: Int) throws -> Double {
        var times: [Double] = []
        for attempt in 0...runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let started = DispatchTime.now().uptimeNanoseconds
            try process.run()
            process.waitUntilExit()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            guard process.terminationStatus == 0 else {
                throw BenchFailure(message: "\(executable) \(arguments.joined(separator: " ")) 退出码 \(process.terminationStatus)")
            }
            if attempt > 0 { times.append(elapsed) }
        }
        return times.sorted()[times.count / 2]
    }
}
