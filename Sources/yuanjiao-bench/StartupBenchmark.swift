import Catalogue
import ChineseText
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Issue 13's targets: whole-process `yuanjiao search` ≤ 40 ms and `yuanjiao show` ≤ 30 ms (median of
/// 20 runs) on a 100,000-resource catalogue, beside the `sqlite3` shell answering a LIKE query on the
/// same file (a process that loads SQLite and nothing else). Uses the release `yuanjiao` beside this
/// benchmark's own executable, or `--binary PATH`.
struct StartupBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let count = options.int("resources", default: 100_000)
        let runs = options.int("runs", default: 20)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/startup.sqlite"
        // `--binary` measures another build, e.g. the packaged one (`--static-swift-stdlib`, as package-deb.sh links it).
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("yuanjiao").path
        let binary = options.string("binary", default: beside)
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
        print("基准 startup（整个进程，\(count) 条课件，\(runs) 次取中位数，release；墙钟时间 / CPU 时间）")
        print(BenchSupport.row("命令", "远教", "参照 sqlite3 LIKE", "目标"))
        print(BenchSupport.row("search 法律", format(search), format(like), "≤ 40 毫秒"))
        print(BenchSupport.row("search falv（拼音）", format(pinyinSearch), format(like), "≤ 40 毫秒"))
        print(BenchSupport.row("show", format(show), format(like), "≤ 30 毫秒"))
        print(BenchSupport.row("--version（进程下限）", format(version), "", ""))
        print("CPU 时间（用户 + 系统）不受同机其他任务排队的影响；机器繁忙时请以它为准。")
    }

    private func format(_ time: (wall: Double, cpu: Double)) -> String {
        String(format: "%.1f / %.1f 毫秒", time.wall, time.cpu)
    }

    /// CPU time (user + system) used so far by waited-for children, in milliseconds.
    private func childrenCPUMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func ms(_ value: timeval) -> Double { Double(value.tv_sec) * 1000 + Double(value.tv_usec) / 1000 }
        return ms(usage.ru_utime) + ms(usage.ru_stime)
    }

    /// Runs the command `runs` times after one warm-up run; the median wall and CPU times, in milliseconds.
    private func medianMilliseconds(
        _ executable: String, _ arguments: [String], _ environment: [String: String], _ runs: Int
    ) throws -> (wall: Double, cpu: Double) {
        var times: [Double] = []
        var cpuTimes: [Double] = []
        // posix_spawn and waitpid: Foundation's Process.waitUntilExit polls, which adds tens of milliseconds.
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for attempt in 0...runs {
            let cpuBefore = childrenCPUMilliseconds()
            let started = DispatchTime.now().uptimeNanoseconds
            var pid: pid_t = 0
            guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else {
                throw BenchFailure(message: "无法启动 \(executable)")
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            guard status == 0 else {
                throw BenchFailure(message: "\(executable) \(arguments.joined(separator: " ")) 失败（状态 \(status)）")
            }
            if attempt > 0 {
                times.append(elapsed)
                cpuTimes.append(childrenCPUMilliseconds() - cpuBefore)
            }
        }
        return (times.sorted()[times.count / 2], cpuTimes.sorted()[cpuTimes.count / 2])
    }
}
