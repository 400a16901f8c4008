import Catalogue
import Foundation
import Planner
import Yuanjiao

/// Issue 15's target: a generated year of play logs and sign-ins for a 150-station county, the
/// county report for the year (12 station-months each, plus the members' year table) under 5 s.
struct ReportBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        // Its own folder: members.csv beside the station file would give other benchmarks' stations members too.
        let work = options.string("work", default: root + "/bench-work") + "/report"
        let count = options.int("stations", default: 150)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/report.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let workspace = try Workspace(catalogPath: path, data: CatalogData(directory: URL(fileURLWithPath: root + "/Catalog")))
        let catalogue = try Catalogue(path: path)
        let stationFile = work + "/report-stations-\(count).yaml"
        try PlanBenchmark.stationFile(count: count).write(toFile: stationFile, atomically: true, encoding: .utf8)
        let members = (0..<count).map { station in (0..<20).map { "成员\(station)-\($0)" } }
        try Self.memberSheet(members).write(toFile: work + "/members.csv", atomically: true, encoding: .utf8)

        print("生成 \(count) 个站点一整年的计划、播放记录和签到…")
        var random = SplitMix64(seed: 15)
        var entries = 0
        for monthIndex in 1...12 {
            let month = try YearMonth(year: 2026, month: monthIndex)
            var plans: [StoredPlan] = []
            var plays: [PlayLogRecord] = []
            var marks: [AttendanceRecord] = []
            for station in 0..<count {
                let plan = Self.plan(station: "s\(station)", month: month)
                plans.append(StoredPlan(station: plan.id, month: month.description, document: try JSONEncoder().encode(plan), items: []))
                // About one station in twenty sends no log that month: "no log received", never zero.
                if random.next() % 20 == 0 { continue }
                for session in plan.sessions {
                    let roll = random.next() % 10
                    if roll == 0 { continue }  // skipped session
                    for item in session.items {
                        let start = session.start.minutes * 60 + item.startOffset + (roll == 1 ? 900 : 0)
                        let length = roll == 2 ? item.durationSeconds / 2 : item.durationSeconds
                        plays.append(PlayLogRecord(
                            station: plan.id, start: "\(session.date) \(TimeOfDay.clockText(seconds: start))",
                            end: "\(session.date) \(TimeOfDay.clockText(seconds: start + length))", file: "课件\(item.id).mp4",
                            sourceFile: "playlog-\(month).csv", sourceLine: plays.count + 2))
                    }
                    if session.kind == .studyDay {
                        marks += members[station].map {
                            AttendanceRecord(station: plan.id, date: session.date.description, member: $0, present: random.next() % 4 != 0)
                        }
                    }
                }
            }
            try catalogue.storePlans(plans)
            entries += try catalogue.appendPlayLog(plays, by: "基准").added
            _ = try catalogue.recordAttendance(marks, by: "基准")
        }
        let context = try workspace.planningContext(stationsFile: URL(fileURLWithPath: stationFile))
        let months = try (1...12).map { try YearMonth(year: 2026, month: $0) }
        let (report, seconds) = try BenchSupport.time { try workspace.countyReport(context: context, months: months, names: true) }
        let (_, monthSeconds) = try BenchSupport.time { try workspace.countyReport(context: context, months: [months[11]], names: false) }
        print("")
        print("基准 report（\(count) 个站点，一年 \(entries) 条播放记录）")
        print(BenchSupport.row("项目", "远教", "折合", "目标"))
        print(BenchSupport.row("全年报表（\(report.stations.count) 站月，\(report.members.count) 名成员）", String(format: "%.2f 秒", seconds),
                               String(format: "每站月 %.2f 毫秒", seconds * 1000 / Double(max(1, report.stations.count))), "< 5 秒"))
        print(BenchSupport.row("单月报表", String(format: "%.2f 秒", monthSeconds), "", ""))
        print(BenchSupport.row("峰值内存", String(format: "%.0f MiB", BenchSupport.peakMemoryMiB()), "", ""))
    }

    /// Two Saturday study days of 3 × 40 min, a Wednesday weekly hour each week, the open day on Sundays.
    static func plan(station: String, month: YearMonth) -> StationPlan {
        var sessions: [PlannedSession] = []
        var id: Int64 = Int64(month.month) * 100
        let sevenPM = try! TimeOfDay(parsing: "19:00"), ninePM = try! TimeOfDay(parsing: "21:00")
        let eightPM = try! TimeOfDay(parsing: "20:00")
        for date in month.days {
            func item(_ offset: Int) -> PlannedItem {
                id += 1
                return PlannedItem(id: id % 40, title: "课件\(id % 40)", topic: ["policy", "law", "ethics", "agritech"][Int(id % 4)],
                                   startOffset: offset, durationSeconds: 2400, path: "课件/课件\(id % 40).mp4", why: "")
            }
            switch date.weekday {
            case .saturday where date.day > 7 && date.day <= 14 || date.day > 21 && date.day <= 28:
                sessions.append(PlannedSession(date: date, start: sevenPM, end: ninePM, kind: .studyDay, items: [item(0), item(2400), item(4800)]))
            case .wednesday:
                sessions.append(PlannedSession(date: date, start: sevenPM, end: eightPM, kind: .weekly, items: [item(0)]))
            case .sunday:
                sessions.append(PlannedSession(date: date, start: sevenPM, end: ninePM, kind: .openDay, items: []))
            default:
                break
            }
        }
        return StationPlan(id: station, sessions: sessions, warnings: [])
    }

    static func memberSheet(_ members: [[String]]) -> String {
        (["station,name"] + members.enumerated().flatMap { station, names in names.map { "s\(station),\($0)" } }).joined(separator: "\n")
    }
}
