import Catalogue
import Foundation

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

        print("参照：ffprobe -show_format -show_streams，每个文件一个进程，2 个并行…")
        let (_, ffprobeSeconds) = try BenchSupport.time {
            try BenchSupport.shell(
                "find '\(corpus)' -type f -print0 | xargs -0 -n 1 -P 2 ffprobe -v error -show_format -show_streams > /dev/null")
        }

        let catalogPath = work + "/index.sqlite"
        try? FileManager.default.removeItem(atPath: catalogPath)
        let catalogue = try Catalogue(path: catalogPath)
        let (report, indexSeconds) = try BenchSupport.time { try catalogue.index(roots: [corpus]) }
        let memoryAfterIndex = BenchSupport.peakMemoryMiB()
        guard report.added == fileCount else {
            throw BenchFailure(message: "登记数不符：新增 \(report.added)，失败 \(report.failed.count)")
        }

        print("生成重新扫描语料：\(rescanCount) 个文件…")
        try BenchSupport.shell("bash '\(script)' '\(work)/rescan' \(rescanCount)")
        let rescanPath = work + "/rescan.sqlite"
        try? FileManager.default.removeItem(atPath: rescanPath)
        let rescanCatalogue = try Catalogue(path: rescanPath)
        _ = try rescanCatalogue.index(roots: [work + "/rescan/files"])
        let (rescan, rescanSeconds) = try BenchSupport.time { try rescanCatalogue.index(roots: [work + "/rescan/files"]) }
        guard rescan.unchanged == rescanCount else {
            throw BenchFailure(message: "重新扫描结果不符：未变 \(rescan.unchanged)")
        }

        let ours = Double(fileCount) / indexSeconds
        let reference = Double(fileCount) / ffprobeSeconds
        print("")
        print("基准 index（\(ProcessInfo.processInfo.activeProcessorCount) 核，release）")
        print(BenchSupport.row("项目", "远教（进程内）", "参照 ffprobe 每文件", "目标"))
        print(BenchSupport.row("登记 \(fileCount) 个文件", String(format: "%.2f 秒", indexSeconds), String(format: "%.1f 秒", ffprobeSeconds), ""))
        print(BenchSupport.row("每秒文件数", String(format: "%.0f", ours), String(format: "%.0f", reference), "≥ 1000"))
        print(BenchSupport.row("倍数", String(format: "%.0f×", ours / reference), "1×", "≥ 100×"))
        print(BenchSupport.row("重新扫描 \(rescanCount) 个未变文件", String(format: "%.3f 秒", rescanSeconds), "", "< 1 秒"))
        print(BenchSupport.row("峰值内存（登记后）", String(format: "%.0f MiB", memoryAfterIndex), "", "< 200 MB"))
        print(BenchSupport.row("峰值内存（全部）", String(format: "%.0f MiB", BenchSupport.peakMemoryMiB()), "", "< 200 MB"))
    }
}
