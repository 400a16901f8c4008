import Catalogue
import ChineseText
import Foundation
import Yuanjiao

/// Issue 2's targets: ≥100× faster than ffprobe per file, ≥1,000 files/s, rescan of 10,000 unchanged
/// files under 1 s, peak memory under 200 MB.
struct IndexBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let fileCount = options.int("files", default: 2000)
        let rescanCount = options.int("rescan", default: 10_000)
        let script = root + "/Benchmarks/make-media-corpus.sh"

        print("生成语料：\(fileCount) 个媒体文件（ffmpeg）…")
        try BenchSupport.shell("bash '\(script)' '\(work)/index' \(fileCount)")
        let corpus = work + "/index/files"
        try BenchSupport.shell("cat $(find '\(corpus)' -type f) > /dev/null")  // warm cache

        // The reference is what a script does today: one ffprobe process per file, one after another.
        // Every 5th file is probed so the reference takes about a minute; its rate is per file.
        let sample = options.int("ffprobe-every", default: 5)
        print("参照：ffprobe -show_format -show_streams，每个文件一个进程，逐个运行（每 \(sample) 个文件取 1 个）…")
        let sampled = try BenchSupport.shell("find '\(corpus)' -type f | sort | awk 'NR % \(sample) == 0' | wc -l")
        let skipReference = options.int("reference", default: 1) == 0
        let (_, ffprobeSampleSeconds) = try BenchSupport.time {
            if skipReference { return }
            try BenchSupport.shell(
                "find '\(corpus)' -type f | sort | awk 'NR % \(sample) == 0' | while IFS= read -r f; do ffprobe -v error -show_format -show_streams \"$f\" > /dev/null; done")
        }
        let ffprobeSeconds = ffprobeSampleSeconds / Double(Int(sampled.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1) * Double(fileCount)

        // As `yuanjiao index` runs it: topic rules and pinyin search entries included.
        let taxonomy = try TopicsFile.load(URL(fileURLWithPath: root + "/Catalog/topics.yaml"))
        let pinyin = try PinyinTable(contentsOf: URL(fileURLWithPath: root + "/Catalog/pinyin-readings.txt"))
        let catalogPath = work + "/index.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: catalogPath + suffix) }
        let catalogue = try Catalogue(path: catalogPath, pinyin: pinyin)
        let (report, indexSeconds) = try BenchSupport.time { try catalogue.index(roots: [corpus], taxonomy: taxonomy) }
        let memoryAfterIndex = BenchSupport.peakMemoryMiB()
        guard report.added == fileCount else {
            throw BenchFailure(message: "登记数不符：新增 \(report.added)，失败 \(report.failed.count)")
        }

        print("生成重新扫描语料：\(rescanCount) 个文件…")
        try BenchSupport.shell("bash '\(script)' '\(work)/rescan' \(rescanCount)")
        let rescanPath = work + "/rescan.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: rescanPath + suffix) }
        let rescanCatalogue = try Catalogue(path: rescanPath, pinyin: pinyin)
        _ = try rescanCatalogue.index(roots: [work + "/rescan/files"], taxonomy: taxonomy)
        let (rescan, rescanSeconds) = try BenchSupport.time {
            try rescanCatalogue.index(roots: [work + "/rescan/files"], taxonomy: taxonomy)
        }
        guard rescan.unchanged == rescanCount else {
            throw BenchFailure(message: "重新扫描结果不符：未变 \(rescan.unchanged)")
        }

        let ours = Double(fileCount) / indexSeconds
        let reference = Double(fileCount) / ffprobeSeconds
        print("")
        print("基准 index（\(ProcessInfo.processInfo.activeProcessorCount) 核，release）")
        print(BenchSupport.row("项目", "远教（进程内）", "参照 ffprobe 逐个", "目标"))
        print(BenchSupport.row("登记 \(fileCount) 个文件", String(format: "%.2f 秒", indexSeconds), String(format: "%.1f 秒（折算）", ffprobeSeconds), ""))
        print(BenchSupport.row("每秒文件数", String(format: "%.0f", ours), String(format: "%.0f", reference), "≥ 1000"))
        print(BenchSupport.row("倍数", String(format: "%.0f×", ours / reference), "1×", "≥ 100×"))
        print(BenchSupport.row("重新扫描 \(rescanCount) 个未变文件", String(format: "%.3f 秒", rescanSeconds), "", "< 1 秒"))
        print(BenchSupport.row("峰值内存（登记后）", String(format: "%.0f MiB", memoryAfterIndex), "", "< 200 MB"))
        print(BenchSupport.row("峰值内存（全部）", String(format: "%.0f MiB", BenchSupport.peakMemoryMiB()), "", "< 200 MB"))
    }
}
