import Catalogue
import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// 开机率/使用率/参学率/心得率 on planted months, hand-computed from `HeldScratch.plan`: three planned days
/// (study day 12-05 19:00–21:00 with 120 minutes of items, weekly 12-10 and study day 12-19 with 60 each):
/// 240 planned minutes over 3 days.
@Suite struct MonitoringRatioTests {
    static let stations = """
        county: 示例县
        calendar: CN-2026
        defaults:
          targets: {power_on_rate: 0.9, usage_rate: 80%}
        stations:
          - id: shuangqiao
            name: 双桥村远教站点
            targets: {reflection_rate: 0.5}
            members:
              - 张三 党员 一组
              - 李四

        """

    static func sheet(date: String, rows: [String]) -> String {
        (["站点,双桥村远教站点", "日期,\(date)", "序号,姓名,签名,到达时间,心得"] + rows).joined(separator: "\r\n")
    }

    /// The December row of shuangqiao after importing `log` (and the two sheets when `sheets`).
    static func december(_ log: [String], sheets: Bool = false) throws -> (CountyReport.StationMonth, CountyReport) {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        if !log.isEmpty { _ = try scratch.workspace.importPlayLog(files: [try scratch.log(log)], by: "测试") }
        if sheets {
            let fifth = scratch.root.appendingPathComponent("5日.csv")
            try Data(sheet(date: "2026-12-05", rows: ["1,张三,张三,19:00,√", "2,李四,李四,19:00,"]).utf8).write(to: fifth)
            let nineteenth = scratch.root.appendingPathComponent("19日.csv")
            try Data(sheet(date: "2026-12-19", rows: ["1,张三,张三,19:00,已交", "2,李四,,,"]).utf8).write(to: nineteenth)
            let imported = try scratch.workspace.importAttendance(files: [fifth, nineteenth], context: context)
            #expect(imported.problems.isEmpty && imported.reflections == 2)
        }
        let report = try scratch.workspace.countyReport(context: context, months: [HeldScratch.month], names: true)
        return (try #require(report.stations.first { $0.station == "shuangqiao" }), report)
    }

    @Test func fullMonthIsOneOnEveryRatio() throws {
        let (row, _) = try Self.december([
            "2026-12-05 19:00,2026-12-05 20:00,宪法.mp4,shuangqiao", "2026-12-05 20:00,2026-12-05 21:00,民法典.mp4,shuangqiao",
            "2026-12-10 19:00,2026-12-10 20:00,反诈.mp4,shuangqiao", "2026-12-19 19:00,2026-12-19 20:00,土地法.mp4,shuangqiao",
        ], sheets: true)
        #expect(row.powerOnRate == 1 && row.usageRate == 1)
        // 参学率: 3 sign-ins of 2 members × 2 sheets; 心得率: 2 handed in of 3 sign-ins at study days.
        #expect(row.attendanceRate == 0.75)
        #expect(row.reflectionRate == 2.0 / 3.0)
    }

    @Test func halfPlayedMonth() throws {
        let (row, _) = try Self.december([
            "2026-12-05 19:00,2026-12-05 20:00,宪法.mp4,shuangqiao", "2026-12-10 19:00,2026-12-10 19:30,反诈.mp4,shuangqiao",
        ])
        #expect(row.powerOnRate == 2.0 / 3.0)
        #expect(row.usageRate == 90.0 / 240.0)
        #expect(row.attendanceRate == nil && row.reflectionRate == nil)
    }

    @Test func lateLogCountsOnlyMinutesInsideTheSessions() throws {
        // An hour late on the 5th (only 20:00–21:00 is inside), half an hour late on the 10th.
        let (row, _) = try Self.december([
            "2026-12-05 20:00,2026-12-05 22:00,宪法.mp4,shuangqiao", "2026-12-10 19:30,2026-12-10 20:30,反诈.mp4,shuangqiao",
            "2026-12-19 19:00,2026-12-19 20:00,土地法.mp4,shuangqiao",
        ])
        #expect(row.powerOnRate == 1)
        #expect(row.usageRate == 150.0 / 240.0)
    }

    @Test func silentStationIsNoLogNeverZero() throws {
        let (row, report) = try Self.december([])
        #expect(row.status == .noLog && row.powerOnRate == nil && row.usageRate == nil)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"powerOnRate\":null") && json.contains("\"usageRate\":null") && json.contains("\"reflectionRate\":null"))
        #expect(report.text.contains("开机率 —，使用率 —"))
        #expect(report.csv.contains(",开机率,使用率,参学率,心得率\r\n"))
        #expect(report.html.contains("<th>开机率</th>"))
    }

    @Test func behindListAcrossTwoMonthsWithTargetsFromTheStationFile() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let november = StationPlan(id: "shuangqiao", sessions: [HeldScratch.plan.sessions[0]].map {
            var session = $0
            session.date = try! LocalDate(parsing: "2026-11-14")
            return session
        }, warnings: [])
        try scratch.workspace.catalogue.storePlans([
            StoredPlan(station: "shuangqiao", month: "2026-11", document: try JSONEncoder().encode(november), items: []),
        ])
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        #expect(context.stationFile.target(.usage, station: "shuangqiao") == 0.8)
        #expect(context.stationFile.target(.reflection, station: "shuangqiao") == 0.5)
        #expect(context.stationFile.target(.attendance, station: "shuangqiao") == 0.7)
        // November: half of the study day played (usage 0.5); December: the 5th and the 10th only.
        _ = try scratch.workspace.importPlayLog(files: [try scratch.log([
            "2026-11-14 19:00,2026-11-14 20:00,宪法.mp4,shuangqiao",
            "2026-12-05 19:00,2026-12-05 21:00,宪法.mp4,shuangqiao", "2026-12-10 19:00,2026-12-10 20:00,反诈.mp4,shuangqiao",
        ])], by: "测试")
        let list = try scratch.workspace.behindList(context: context, month: HeldScratch.month)
        let entry = try #require(list.behind.first)
        #expect(list.month == "2026-12" && list.behind.count == 1)
        #expect(entry.station == "shuangqiao" && entry.below == [.powerOn, .usage] && entry.monthsInARow == 2 && !entry.noLog)
        let json = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
        #expect(json.contains("\"below\":[\"powerOnRate\",\"usageRate\"]") && json.contains("\"monthsInARow\":2"))
        #expect(list.text.contains("开机率 67%（目标 90%）") && list.text.contains("连续 2 个月"))
    }

    @Test func targetsOutOfRangeAreReportedWithTheirLine() throws {
        let text = """
            county: 示例县
            calendar: CN-2026
            defaults:
              targets: {power_on_rate: 1.5, usage_rat: 0.8}
            stations:
              - id: a

            """
        let report = StationFile.check(text: text, path: "s.yaml", knownTopics: ["law"], knownCalendars: ["CN-2026"])
        #expect(report.problems.map(\.line) == [4, 4])
        #expect(report.problems.contains { $0.message.contains("power_on_rate（开机率目标）应在 0 到 1 之间") })
        #expect(report.problems.contains { $0.message.contains("是不是要写 usage_rate") })
    }

    @Test func membersYearIsSortedForTheEvaluation() throws {
        let (_, report) = try Self.december(["2026-12-05 19:00,2026-12-05 21:00,宪法.mp4,shuangqiao"], sheets: true)
        let members = report.membersOnly
        #expect(members.stations.isEmpty)
        #expect(members.members.map(\.name) == ["张三", "李四"])
        #expect(members.members.first?.reflections == 2 && members.members.first?.plannedSessions == 3)
        #expect(members.csv.contains("shuangqiao,张三,党员,2,2,100%,3,2\r\n"))
    }
}
