import Foundation
import Planner
import Yuanjiao

/// Issue 25's target: a 需求调查 sheet of 100,000 rows (5,000 stations × 20 members) imported in < 3 s,
/// beside sqlite3's own `.import` of the same CSV into a bare table (the floor: no checks, no topic names).
struct SurveyBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work") + "/survey"
        let count = options.int("stations", default: 5_000)
        let perStation = options.int("members", default: 20)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/survey.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let workspace = try Workspace(catalogPath: path, data: CatalogData(directory: URL(fileURLWithPath: root + "/Catalog")))
        let stationFile = work + "/survey-stations-\(count).yaml"
        try PlanBenchmark.stationFile(count: count).write(toFile: stationFile, atomically: true, encoding: .utf8)
        let labels = ["政策理论", "法律法规", "道德教育", "农业科技与实用技术", "policy", "law", "ethics", "agritech"]
        var random = SplitMix64(seed: 25)
        var lines = ["站点,姓名,想学的内容,意见"]
        for station in 0..<count {
            for member in 0..<perStation {
                let first = labels[Int(random.next() % UInt64(labels.count))], second = labels[Int(random.next() % UInt64(labels.count))]
                lines.append("s\(station),成员\(station)-\(member),\"\(first)、\(second)\",想多看些\(first)的片子")
            }
        }
        let sheet = work + "/survey-\(lines.count - 1).csv"
        try (lines.joined(separator: "\n") + "\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        let context = try workspace.planningContext(stationsFile: URL(fileURLWithPath: stationFile))
        let month = try YearMonth(parsing: "2026-12")
        let today = try LocalDate(parsing: "2026-12-20")
        let (report, seconds) = try BenchSupport.time {
            try workspace.importSurveys(files: [URL(fileURLWithPath: sheet)], context: context, month: month, today: today)
        }
        guard report.problems.isEmpty else { throw BenchFailure(message: report.text) }
        let (_, demandSeconds) = try BenchSupport.time { try workspace.surveyDemand(context: context, month: month) }
        let floorPath = work + "/floor.sqlite"
        try? FileManager.default.removeItem(atPath: floorPath)
        let (_, floorSeconds) = try BenchSupport.time {
            try BenchSupport.shell("sqlite3 '\(floorPath)' -cmd '.mode csv' '.import \(sheet) answers'")
        }
        print("")
        print("基准 survey（\(count) 个站点，\(report.added) 份答卷）")
        print(BenchSupport.row("项目", "远教", "sqlite3 .import", "目标"))
        print(BenchSupport.row("导入 \(lines.count - 1) 行调查表", String(format: "%.2f 秒", seconds), String(format: "%.2f 秒", floorSeconds), "< 3 秒"))
        print(BenchSupport.row("各站需求与权重", String(format: "%.2f 秒", demandSeconds), "", ""))
        print(BenchSupport.row("峰值内存", String(format: "%.0f MiB", BenchSupport.peakMemoryMiB()), "", ""))
    }
}
