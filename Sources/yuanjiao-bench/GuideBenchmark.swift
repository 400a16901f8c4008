import Catalogue
import Foundation
import ProgrammeGuide

/// Issue 3's target: a 100 MB XMLTV guide imports into the catalogue in under 10 s with peak memory
/// under 100 MB; beside it `xmllint --stream --noout` on the same file is the parsing floor.
/// Run it on its own (`yuanjiao-bench guide`) so the peak memory figure is the import's alone.
struct GuideBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let megabytes = options.int("mb", default: 100)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let guide = work + "/guide-\(megabytes)mb.xml"
        if !FileManager.default.fileExists(atPath: guide) {
            print("生成 \(megabytes) MB 节目单…")
            try BenchSupport.shell("python3 '\(root)/Benchmarks/make-xmltv.py' '\(guide)' \(megabytes)")
        }
        try BenchSupport.shell("cat '\(guide)' > /dev/null")  // warm cache
        let bytes = (try FileManager.default.attributesOfItem(atPath: guide)[.size] as? Int) ?? 0

        let (_, xmllintSeconds) = try BenchSupport.time { try BenchSupport.shell("xmllint --stream --noout '\(guide)'") }

        let (parsed, parseSeconds) = try BenchSupport.time { () throws -> Int in
            var count = 0
            _ = try GuideReader.stream(contentsOf: URL(fileURLWithPath: guide), options: GuideOptions(), channel: { _ in }, programme: { _ in count += 1 })
            return count
        }
        let memoryAfterParse = BenchSupport.peakMemoryMiB()

        let catalogPath = work + "/guide.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: catalogPath + suffix) }
        let catalogue = try Catalogue(path: catalogPath)
        let (imported, importSeconds) = try BenchSupport.time { try catalogue.importGuide(at: URL(fileURLWithPath: guide)) }
        let (again, againSeconds) = try BenchSupport.time { try catalogue.importGuide(at: URL(fileURLWithPath: guide)) }

        print("")
        print("基准 guide（\(String(format: "%.0f", Double(bytes) / 1_048_576)) MiB XMLTV，\(parsed) 个节目，release）")
        print(BenchSupport.row("项目", "远教", "参照 xmllint --stream", "目标"))
        print(BenchSupport.row("只解析", String(format: "%.2f 秒", parseSeconds), String(format: "%.2f 秒", xmllintSeconds),
                               String(format: "%.1f× 解析下限", parseSeconds / xmllintSeconds)))
        print(BenchSupport.row("导入目录（\(imported.changed) 条）", String(format: "%.2f 秒", importSeconds), "", "< 10 秒"))
        print(BenchSupport.row("重复导入（变更 \(again.changed)）", String(format: "%.2f 秒", againSeconds), "", ""))
        print(BenchSupport.row("峰值内存（解析后）", String(format: "%.0f MiB", memoryAfterParse), "", "< 100 MB"))
        print(BenchSupport.row("峰值内存（导入后）", String(format: "%.0f MiB", BenchSupport.peakMemoryMiB()), "", "< 100 MB"))
    }
}
