import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// `report`: planned vs held per station, "no log received" as its own state, names only on request.
@Suite struct CountyReportTests {
    static let stations = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: shuangqiao
            name: 双桥村远教站点
            members:
              - 张三 党员 一组
              - 李四
          - id: guangshun
            name: 广顺村远教站点

        """

    @Test func heldAgainstPlannedWithNoLogAsItsOwnState() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let log = try scratch.log([
            "2026-12-05 19:20,2026-12-05 20:20,宪法.mp4,shuangqiao",
            "2026-12-05 20:20:00,2026-12-05 20:50:00,民法典.mp4,shuangqiao",
            "2026-12-19 19:00,2026-12-19 20:00,土地法.mp4,shuangqiao",
        ])
        _ = try scratch.workspace.importPlayLog(files: [log], by: "测试")
        _ = try scratch.workspace.recordAttendance([
            .init(station: "shuangqiao", date: "2026-12-05", member: "张三", present: true),
            .init(station: "shuangqiao", date: "2026-12-05", member: "李四", present: false),
        ], by: "测试")

        let report = try scratch.workspace.countyReport(context: context, months: [HeldScratch.month], names: false)
        let shuangqiao = try #require(report.stations.first { $0.station == "shuangqiao" })
        #expect(shuangqiao.sessionsPlanned == 3 && shuangqiao.sessionsHeld == 2)
        #expect(shuangqiao.status == .yellow)
        #expect(shuangqiao.attendanceRate == 0.5)
        #expect(shuangqiao.topics == [.init(topic: "law", plannedMinutes: 240, playedMinutes: 150, name: "法律法规")])
        #expect(shuangqiao.weeks.first { $0.monday == "2026-11-30" }?.minutes == 120)
        #expect(shuangqiao.missedDates == ["2026-12-10"])
        let guangshun = try #require(report.stations.first { $0.station == "guangshun" })
        #expect(guangshun.status == .noLog && guangshun.sessionsHeld == nil && guangshun.weeks.allSatisfy { $0.minutes == nil })
        #expect(report.members.isEmpty && report.memberCounts == ["shuangqiao": 2])
        #expect(report.text.contains("广顺村远教站点（guangshun）2026-12：未收到播放记录"))
        #expect(report.text.contains("学习场次 —/0"))
        #expect(!report.text.contains("张三"))

        let named = try scratch.workspace.countyReport(context: context, months: [HeldScratch.month], names: true)
        #expect(named.members.map(\.name) == ["张三", "李四"])
        #expect(named.csv.hasPrefix("\u{FEFF}站点编号,站点,月份,状态"))
        #expect(named.csv.contains("shuangqiao,张三,党员,1,1,100%,3,—\r\n"))
        #expect(named.html.contains("@page { size: A4"))
        #expect(named.html.contains("<td>未收到播放记录</td>") && named.html.contains("<td>张三</td>"))
        #expect(!report.html.contains("张三"))
    }
}
