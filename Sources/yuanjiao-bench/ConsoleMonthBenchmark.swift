import Foundation
import Planner
import Yuanjiao

/// Issue 27, point 18, against the real `yuanjiao serve` process: the month page at 50 connections with
/// wrk holds p99 < 200 ms (its data is computed once per catalogue version, not per request), and the
/// loudspeaker audio is rendered once per script (the second request is a cached WAV). The reference is
/// the page's first request, which computes everything, and the first audio request (espeak-ng).
struct ConsoleMonthBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work") + "/console-month"
        let stationCount = options.int("stations", default: 150)
        let port = options.int("port", default: 18_927)
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/month.sqlite"
        let stationsFile = work + "/stations-\(stationCount).yaml"
        try PlanBenchmark.stationFile(count: stationCount).write(toFile: stationsFile, atomically: true, encoding: .utf8)
        let workspace = try Workspace(catalogPath: path, data: CatalogData(directory: URL(fileURLWithPath: root + "/Catalog")))
        _ = try workspace.index(paths: [root + "/Samples/courseware"], guides: [])
        let month = try YearMonth(parsing: "2026-12")
        print("为 \(stationCount) 个站点排 \(month) 的计划…")
        _ = try workspace.plan(workspace.planningContext(stationsFile: URL(fileURLWithPath: stationsFile)), month: month)

        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("yuanjiao").path
        let environment = "YUANJIAO_CATALOG='\(path)' YUANJIAO_DATA='\(root)/Catalog'"
        try BenchSupport.shell("printf 'bench-password-1\\n' | \(environment) '\(binary)' users add bench --role admin --password-stdin >/dev/null")
        let server = try ConsoleBenchServer.start(
            binary: binary, environment: environment, stationsFile: stationsFile, port: port, jar: work + "/cookies.txt",
            name: "bench", password: "bench-password-1")
        defer { server.stop() }
        let base = server.base, cookie = server.cookie

        func fetch(_ uri: String) throws -> (status: String, milliseconds: Double, bytes: String) {
            let text = try BenchSupport.shell("curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' -H '\(cookie)' '\(base)\(uri)'")
            let parts = text.split(separator: " ").map(String.init)
            return (parts.first ?? "", (Double(parts.count > 1 ? parts[1] : "") ?? 0) * 1000, parts.last ?? "")
        }
        let page = "/month?m=\(month)"
        let first = try fetch(page)
        guard first.status == "200" else { throw BenchFailure(message: "\(page) 返回 \(first.status)") }
        let sequential = try (0..<50).map { _ in try fetch(page).milliseconds }.sorted()
        var rows: [String] = []
        rows.append(BenchSupport.row("月计划页 第一次（计算）", String(format: "%.1f 毫秒", first.milliseconds) + "（\(first.bytes) 字节）", "", ""))
        rows.append(BenchSupport.row("月计划页 之后 p50（顺序 50 次）", String(format: "%.1f 毫秒", sequential[25]), String(format: "第一次 %.1f 毫秒", first.milliseconds), ""))
        if (try? BenchSupport.shell("command -v wrk")) != nil {
            // As browsers ask (gzip), then as a client that takes the page uncompressed.
            for (label, encoding) in [("gzip", "gzip, deflate"), ("不压缩", "identity")] {
                let output = try BenchSupport.shell(
                    "wrk -t2 -c50 -d10s --timeout 5s --latency -H '\(cookie)' -H 'Accept-Encoding: \(encoding)' '\(base)\(page)' 2>&1")
                rows.append(BenchSupport.row("50 并发 月计划页（\(label)）p99", ConsoleBenchmark.wrkP99(output), "", "< 200 毫秒"))
                rows.append(BenchSupport.row("50 并发 月计划页（\(label)）错误", ConsoleBenchmark.wrkErrors(output), "", "0"))
                rows.append(BenchSupport.row("50 并发 月计划页（\(label)）每秒请求", ConsoleBenchmark.wrkRate(output), "", ""))
            }
        } else {
            rows.append("（没有安装 wrk：bash Scripts/install-deps.sh 后再运行以测并发）")
        }
        let station = "s0"
        let audio = "/station/\(station)/\(month)/audio.wav"
        let firstAudio = try fetch(audio)
        if firstAudio.status == "200" {
            let secondAudio = try fetch(audio)
            rows.append(BenchSupport.row(
                "广播录音 第二次（缓存）", String(format: "%.1f 毫秒", secondAudio.milliseconds),
                String(format: "第一次 %.0f 毫秒（espeak-ng）", firstAudio.milliseconds), "不再合成", "\(secondAudio.bytes) 字节"))
        } else {
            rows.append("（广播录音返回 \(firstAudio.status)：这台电脑可能没有安装 espeak-ng）")
        }
        let memory = server.peakMemory
        print("")
        print("基准 console-month（\(stationCount) 个站点 \(month) 的月计划页，yuanjiao serve，release）")
        print(BenchSupport.row("项目", "远教控制台（curl 到最后一个字节）", "参考", "目标"))
        rows.forEach { print($0) }
        print(BenchSupport.row("服务进程内存峰值", memory, "", ""))
    }
}
