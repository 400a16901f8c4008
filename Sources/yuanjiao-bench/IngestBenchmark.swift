import Catalogue
import ChineseText
import Foundation
import ProgrammeGuide
import Yuanjiao

#if canImport(Glibc)
import Glibc
#endif

/// Issue 26's targets, both in one run beside their references: guide import ≤ 2× `xmllint --stream
/// --noout` on the same feed (real feeds given with `--guides a.xml,b.xml`, plus a synthetic one of `--mb`
/// megabytes) with flat memory, and indexing ≥ 70 % of a bare libavformat loop (`Benchmarks/bare-probe.c`,
/// same files, same parallelism) on `--files` small files. Each figure is the best of `--runs` runs: the
/// machine may be shared, and the best run is the one least disturbed by others.
struct IngestBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let runs = max(1, options.int("runs", default: 3))
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        var lines: [String] = []
        for guide in try guides(root: root, work: work) {
            lines += try guideRow(guide, work: work, runs: runs)
        }
        let memoryAfterGuides = BenchSupport.peakMemoryMiB()
        let index = try indexRows(root: root, work: work, runs: runs)

        print("")
        print("基准 ingest（\(ProcessInfo.processInfo.activeProcessorCount) 核，release，各取 \(runs) 次中最快；机器可能与他人共用）")
        print(BenchSupport.row("节目单（墙钟 / CPU）", "远教导入", "参照 xmllint --stream", "目标 ≤ 2×", "倍数"))
        lines.forEach { print($0) }
        print(BenchSupport.row("峰值内存（全部节目单导入后）", String(format: "%.0f MiB", memoryAfterGuides), "", "平稳"))
        print("")
        print(BenchSupport.row("登记", "远教 index", "参照 bare-probe.c", "目标 ≥ 70%", "比例"))
        index.forEach { print($0) }
    }

    /// Real feeds named on the command line, then the synthetic one.
    private func guides(root: String, work: String) throws -> [String] {
        var guides = options.string("guides", default: "").split(separator: ",").map(String.init)
        let megabytes = options.int("mb", default: 100)
        if megabytes > 0 {
            let synthetic = work + "/guide-\(megabytes)mb.xml"
            if !FileManager.default.fileExists(atPath: synthetic) {
                print("生成 \(megabytes) MB 节目单…")
                _ = try BenchSupport.shell("python3 '\(root)/Benchmarks/make-xmltv.py' '\(synthetic)' \(megabytes)")
            }
            guides.append(synthetic)
        }
        return guides
    }

    /// One guide: our import beside `xmllint --stream --noout` (the parsing floor) and beside SQLite inserting
    /// the same rows into the same table and indexes from an attached copy (the storing floor), wall and CPU.
    private func guideRow(_ guide: String, work: String, runs: Int) throws -> [String] {
        _ = try BenchSupport.shell("cat '\(guide)' > /dev/null")  // warm cache
        let bytes = (try FileManager.default.attributesOfItem(atPath: guide)[.size] as? Int) ?? 0
        var xmllint = Timing.worst
        var ours = Timing.worst
        var store = Timing.worst
        var parse = Timing.worst
        var programmes = 0
        let catalogPath = work + "/ingest-guide.sqlite"
        for _ in 0..<runs {
            xmllint = min(xmllint, try Timing.shell("xmllint --stream --noout '\(guide)'"))
            // The reading thread alone: what the writer thread can at best overlap.
            let parseCPU = BenchSupport.cpuSeconds()
            let (_, parseSeconds) = try BenchSupport.time {
                try GuideReader.stream(contentsOf: URL(fileURLWithPath: guide), channel: { _ in }, programme: { _ in })
            }
            parse = min(parse, Timing(wall: parseSeconds, cpu: BenchSupport.cpuSeconds() - parseCPU))
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: catalogPath + suffix) }
            let catalogue = try Catalogue(path: catalogPath)
            let cpu = BenchSupport.cpuSeconds()
            let (imported, seconds) = try BenchSupport.time { try catalogue.importGuide(at: URL(fileURLWithPath: guide)) }
            programmes = imported.read
            ours = min(ours, Timing(wall: seconds, cpu: BenchSupport.cpuSeconds() - cpu))
        }
        let floor = work + "/ingest-store-floor.sqlite"
        for _ in 0..<runs {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: floor + suffix) }
            _ = try BenchSupport.shell("""
                sqlite3 '\(catalogPath)' '.schema programme' | sqlite3 '\(floor)' && sqlite3 '\(floor)' 'PRAGMA journal_mode=WAL' > /dev/null
                """)
            // `WHERE` keeps SQLite from copying the source's b-trees page by page (its transfer optimisation):
            // every row goes through the table and its four indexes, as an import's do.
            store = min(store, try Timing.shell("""
                sqlite3 '\(floor)' "PRAGMA synchronous=NORMAL; ATTACH '\(catalogPath)' AS source; \
                INSERT INTO programme SELECT * FROM source.programme WHERE id > 0;"
                """))
        }
        let audit = try Catalogue(path: catalogPath).auditLinking(
            stride: max(1, programmes / 500), limit: 500,
            aliases: try ChannelAliases.load(URL(fileURLWithPath: BenchSupport.repositoryRoot() + "/Catalog/channel-aliases.txt")))
        let name = (guide as NSString).lastPathComponent + String(format: "（%.0f MiB，%d 个节目）", Double(bytes) / 1_048_576, programmes)
        let floorWall = max(xmllint.wall, store.wall)
        return [
            BenchSupport.row(name, ours.text, xmllint.text, "≤ 2×", String(format: "%.2f×（CPU %.2f×）", ours.wall / xmllint.wall, ours.cpu / xmllint.cpu)),
            BenchSupport.row(
                "  其中只解析（GuideReader.stream）", parse.text, xmllint.text, "",
                String(format: "%.2f×", parse.wall / xmllint.wall)),
            BenchSupport.row(
                "  同一批行只写入 SQLite（sqlite3）", "", store.text, "",
                String(format: "解析与写入两线程并行的下限 %.2f 秒：远教为其 %.2f×", floorWall, ours.wall / floorWall)),
            "  对应核查（抽样 \(audit.sampled) 个节目，对 / 待选 / 未关联 / 错）："
                + LinkAudit.Recording.allCases.map { kind in
                    let tally = audit.tallies[kind] ?? .init()
                    return "\(kind.rawValue) \(tally.right)/\(tally.ambiguous)/\(tally.unlinked)/\(tally.wrong)"
                }.joined(separator: "，"),
        ] + audit.wrongExamples.map { "    错：\($0)" }
    }

    private func indexRows(root: String, work: String, runs: Int) throws -> [String] {
        let fileCount = options.int("files", default: 2000)
        let jobs = ProcessInfo.processInfo.activeProcessorCount
        print("生成语料：\(fileCount) 个媒体文件（ffmpeg）…")
        _ = try BenchSupport.shell("bash '\(root)/Benchmarks/make-media-corpus.sh' '\(work)/index' \(fileCount)")
        let corpus = work + "/index/files"
        let list = work + "/index-files.txt"
        _ = try BenchSupport.shell("find '\(corpus)' -type f | sort > '\(list)'; cat $(cat '\(list)') > /dev/null")
        let bare = work + "/bare-probe"
        _ = try BenchSupport.shell("""
            cc -O2 -o '\(bare)' '\(root)/Benchmarks/bare-probe.c' $(pkg-config --cflags --libs libavformat libavutil) -lpthread
            """)
        let emptyFolder = work + "/index-empty"
        try FileManager.default.createDirectory(atPath: emptyFolder, withIntermediateDirectories: true)
        let taxonomy = try TopicsFile.load(URL(fileURLWithPath: root + "/Catalog/topics.yaml"))
        let pinyin = try PinyinTable(contentsOf: URL(fileURLWithPath: root + "/Catalog/pinyin-readings.txt"))

        var bareSeconds = Double.infinity
        var oursSeconds = Double.infinity
        // CPU (user + system, all threads) of the fastest run of each: on 2 shared cores the wall ratio follows it.
        var bareCPU = Double.infinity
        var oursCPU = Double.infinity
        var startup = Double.infinity
        var bareOpened = 0
        for _ in 0..<runs {
            let childCPU = Self.childrenCPUSeconds()
            let output = try BenchSupport.shell("'\(bare)' '\(list)' \(jobs)").split(separator: " ")
            bareOpened = Int(output.first ?? "") ?? 0
            let bareRun = Double(output.last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? .infinity
            if bareRun < bareSeconds { bareCPU = Self.childrenCPUSeconds() - childCPU }
            bareSeconds = min(bareSeconds, bareRun)
            let catalogPath = work + "/ingest-index.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: catalogPath + suffix) }
            let catalogue = try Catalogue(path: catalogPath, pinyin: pinyin)
            // Start-up: what a run costs with nothing to probe (walk, catalogue, taxonomy).
            startup = min(startup, try BenchSupport.time { try catalogue.index(roots: [emptyFolder], taxonomy: taxonomy) }.1)
            let cpu = BenchSupport.cpuSeconds()
            let (report, seconds) = try BenchSupport.time { try catalogue.index(roots: [corpus], taxonomy: taxonomy) }
            guard report.added == fileCount else {
                throw BenchFailure(message: "登记数不符：新增 \(report.added)，失败 \(report.failed.count)")
            }
            if seconds < oursSeconds { oursCPU = BenchSupport.cpuSeconds() - cpu }
            oursSeconds = min(oursSeconds, seconds)
        }
        var rows = [
            BenchSupport.row(
                "\(fileCount) 个文件，\(jobs) 线程", String(format: "%.3f 秒", oursSeconds),
                String(format: "%.3f 秒（打开 %d 个）", bareSeconds, bareOpened), "≥ 70%",
                String(format: "%.0f%%", bareSeconds / oursSeconds * 100)),
            BenchSupport.row(
                "每秒文件数", String(format: "%.0f", Double(fileCount) / oursSeconds),
                String(format: "%.0f", Double(fileCount) / bareSeconds), ""),
            BenchSupport.row(
                "CPU（用户 + 系统，最快一次）", String(format: "%.3f 秒", oursCPU), String(format: "%.3f 秒", bareCPU), "",
                String(format: "%.0f%%", bareCPU / oursCPU * 100)),
            BenchSupport.row("启动开销（空文件夹）", String(format: "%.3f 秒", startup), "", ""),
            BenchSupport.row(
                "每个文件（扣除启动）", String(format: "%.0f 微秒", (oursSeconds - startup) / Double(fileCount) * 1e6),
                String(format: "%.0f 微秒", bareSeconds / Double(fileCount) * 1e6), ""),
        ]
        let every = options.int("ffprobe-every", default: 20)
        if every > 0 {
            let sampled = try BenchSupport.shell("awk 'NR % \(every) == 0' '\(list)' | wc -l")
            let (_, seconds) = try BenchSupport.time {
                try BenchSupport.shell(
                    "awk 'NR % \(every) == 0' '\(list)' | while IFS= read -r f; do ffprobe -v error -show_format -show_streams \"$f\" > /dev/null; done")
            }
            let perFile = seconds / Double(Int(sampled.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1)
            let ffprobe = perFile * Double(fileCount)
            rows.append(BenchSupport.row(
                "倍数（对逐个 ffprobe，折算 \(String(format: "%.1f", ffprobe)) 秒）",
                String(format: "%.0f×", ffprobe / oursSeconds), String(format: "%.0f×", ffprobe / bareSeconds), "> 100×"))
        }
        return rows
    }

    /// CPU seconds of the finished children (the shell and bare-probe under it).
    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
