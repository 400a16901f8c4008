import Catalogue
import ChineseText
import Documents
import Foundation

/// Issue 23: indexing 200 Chinese text PDFs (printed by Chromium) against `pdftotext` run once per file, and the
/// peak memory of reading a 1,000-page PDF (in a child process of its own, so nothing else counts).
struct DocumentBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work") + "/documents"
        let count = options.int("files", default: 200)
        try? FileManager.default.removeItem(atPath: work)
        let corpus = work + "/files"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)

        // One printed 10-page PDF, copied with a distinct trailing comment: distinct files, same text work.
        let model = work + "/model.pdf"
        try Self.printPDF(pages: 10, to: model, scratch: work)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: model))
        for index in 0..<count {
            try (bytes + Data("%\(index)\n".utf8)).write(to: URL(fileURLWithPath: corpus + "/培训材料\(index).pdf"))
        }
        let files = (0..<count).map { corpus + "/培训材料\($0).pdf" }

        let (_, reference) = try BenchSupport.time {
            for file in files { try Self.pdftotext(file) }
        }
        let pinyin = try PinyinTable(contentsOf: URL(fileURLWithPath: root + "/Catalog/pinyin-readings.txt"))
        let catalogue = try Catalogue(path: work + "/catalog.sqlite", pinyin: pinyin)
        let (report, ours) = try BenchSupport.time { try catalogue.index(roots: [corpus]) }
        guard report.added == count else { throw BenchFailure(message: "只登记了 \(report.added) 个文档：\(report.failed.prefix(3))") }
        let (_, readOnly) = BenchSupport.time {
            for file in files { _ = try? DocumentReader.read(path: file) }
        }
        print(BenchSupport.row("", "Yuanjiao", "参照", "目标"))
        print(BenchSupport.row(
            "登记 \(count) 个 10 页中文 PDF", String(format: "%.2f 秒", ours), String(format: "pdftotext %.2f 秒", reference),
            String(format: "≤ 1.5 倍（%.2f 倍）", ours / reference)))
        print(BenchSupport.row(
            "其中只读文字（1 线程）", String(format: "%.2f 秒", readOnly), String(format: "pdftotext %.2f 秒", reference),
            String(format: "（%.2f 倍）", readOnly / reference)))

        let long = work + "/long.pdf"
        try Self.printPDF(pages: 1_000, to: long, scratch: work)
        let child = try BenchSupport.shell("'\(CommandLine.arguments[0])' documents-memory '\(long)'")
        let referenceMemory = try BenchSupport.shell(
            "/usr/bin/time -f %M pdftotext '\(long)' /dev/null 2>&1 >/dev/null | tail -1")
        print(BenchSupport.row(
            "读取 1,000 页 PDF 的峰值内存", child.trimmingCharacters(in: .whitespacesAndNewlines),
            "pdftotext \(Int(referenceMemory.trimmingCharacters(in: .whitespacesAndNewlines)).map { $0 / 1024 } ?? 0) MiB", "< 150 MiB"))
    }

    /// `documents-memory FILE`: reads one document and prints this process's peak resident memory.
    static func memory(_ path: String) throws {
        let document = try DocumentReader.read(path: path)
        print(String(format: "%.0f MiB（%d 页，%d 字节文字）", BenchSupport.peakMemoryMiB(), document.pageCount,
                     document.pages.reduce(0) { $0 + $1.utf8.count }))
    }

    static func pdftotext(_ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-enc", "UTF-8", path, "-"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    /// Chinese training text printed by headless Chromium, one section a page.
    static func printPDF(pages: Int, to path: String, scratch: String) throws {
        let paragraph = "农民专业合作社应当遵循自愿加入、民主管理的原则，盈余主要按照成员与合作社的交易量比例返还。"
            + "水稻育秧要选择背风向阳、排灌方便的田块，做好种子消毒和浸种催芽。"
        let body = (1...pages).map { page in
            "<section style=\"page-break-after: always\"><h2>第\(page)页</h2><p>" + String(repeating: paragraph, count: 8) + "</p></section>"
        }.joined()
        let html = scratch + "/print.html"
        try Data("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>培训材料</title></head><body>\(body)</body></html>".utf8)
            .write(to: URL(fileURLWithPath: html))
        try BenchSupport.shell("""
            chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir='\(scratch)/profile' \
            --no-pdf-header-footer --print-to-pdf='\(path)' 'file://\(html)' >/dev/null 2>&1
            """)
    }
}
