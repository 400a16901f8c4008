import Foundation
import Planner
import Yuanjiao

/// Issue 27, point 8: `playlog import` of 100,000 rows (the sample county's seven stations, December 2026,
/// each row a planned course file) in < 3 s, and the same logs again (idempotent: nothing added), beside
/// sqlite3's own `.import` of the same CSVs into a bare table (the floor: no checks, no matching).
struct PlayLogBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work") + "/playlog"
        let rows = options.int("rows", default: 100_000)
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/playlog.sqlite"
        let workspace = try Workspace(catalogPath: path, data: CatalogData(directory: URL(fileURLWithPath: root + "/Catalog")))
        _ = try workspace.index(paths: [root + "/Samples/courseware"], guides: [])
        let stationsFile = URL(fileURLWithPath: root + "/Samples/stations.yaml")
        let month = try YearMonth(parsing: "2026-12")
        let context = try workspace.planningContext(stationsFile: stationsFile)
        _ = try workspace.plan(context, month: month)

        let stations = context.stationFile.stations.map(\.id)
        let perStation = (rows + stations.count - 1) / stations.count
        // Plays one after another through the month, each a little shorter than its slot.
        let slot = min(160, 30 * 86_400 / perStation)
        var files: [URL] = []
        var written = 0
        for station in stations {
            let planned = try workspace.storedPlan(station: station, month: month)?.sessions.flatMap { $0.items.map(\.path) } ?? []
            let names = planned.map { String($0.split(separator: "/").last ?? Substring($0)) }
            guard !names.isEmpty else { continue }
            var lines = ["start,end,file,station"]
            for index in 0..<min(perStation, rows - written) {
                let start = index * slot, end = start + slot - 10
                lines.append("\(Self.time(start)),\(Self.time(end)),\(names[index % names.count]),\(station)")
            }
            written += lines.count - 1
            let url = URL(fileURLWithPath: work + "/playlog-\(station)-\(month).csv")
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            files.append(url)
        }

        let cpuBefore = BenchSupport.cpuSeconds()
        let (first, seconds) = try BenchSupport.time { try workspace.importPlayLog(files: files, by: "基准") }
        let cpu = BenchSupport.cpuSeconds() - cpuBefore
        guard first.problems.isEmpty else { throw BenchFailure(message: first.problems.prefix(5).map(\.text).joined(separator: "\n")) }
        let cpuAgainBefore = BenchSupport.cpuSeconds()
        let (again, againSeconds) = try BenchSupport.time { try workspace.importPlayLog(files: files, by: "基准") }
        let cpuAgain = BenchSupport.cpuSeconds() - cpuAgainBefore
        let floorPath = work + "/floor.sqlite"
        let imports = files.map { "-cmd '.import \($0.path) plays'" }.joined(separator: " ")
        let (_, floorSeconds) = try BenchSupport.time {
            try BenchSupport.shell("sqlite3 '\(floorPath)' -cmd '.mode csv' \(imports) 'select count(*) from plays' >/dev/null")
        }
        print("")
        print("基准 playlog（\(stations.count) 个站点 \(month)，\(written) 行，\(files.count) 个文件）")
        print(BenchSupport.row("项目", "远教（墙钟 / CPU）", "sqlite3 .import", "目标"))
        print(BenchSupport.row(
            "导入 \(written) 行（新增 \(first.added)）", String(format: "%.2f / %.2f 秒", seconds, cpu),
            String(format: "%.2f 秒", floorSeconds), "< 3 秒"))
        print(BenchSupport.row(
            "再导入一次（新增 \(again.added)，未变 \(again.unchanged)）", String(format: "%.2f / %.2f 秒", againSeconds, cpuAgain), "", "幂等：新增 0"))
        print(BenchSupport.row("峰值内存", String(format: "%.0f MiB", BenchSupport.peakMemoryMiB()), "", ""))
    }

    /// `2026-12-01 00:00:00` plus `seconds`.
    static func time(_ seconds: Int) -> String {
        let day = seconds / 86_400 + 1, rest = seconds % 86_400
        return String(format: "2026-12-%02d %02d:%02d:%02d", day, rest / 3600, rest / 60 % 60, rest % 60)
    }
}
