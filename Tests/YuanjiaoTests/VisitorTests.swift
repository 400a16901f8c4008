import Catalogue
import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// Non-member villagers counted per session, stored, shown in the report; attendance edited with a logged edit.
@Suite struct VisitorTests {
    static func context(_ scratch: HeldScratch) throws -> Workspace.PlanningContext {
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(CountyReportTests.stations.utf8).write(to: stationFile)
        return try scratch.workspace.planningContext(stationsFile: stationFile)
    }

    @Test func aSheetsVisitorCountIsStoredAndReported() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let context = try Self.context(scratch)
        let sheet = scratch.root.appendingPathComponent("签到表.csv")
        try Data("""
            站点,双桥村远教站点,日期,2026年12月5日
            非成员群众,7人
            序号,姓名,身份,小组,签名,到达时间
            1,张三,党员,一组,张三,19:00
            2,王五,,,王五,19:05

            """.utf8).write(to: sheet)
        let report = try scratch.workspace.importAttendance(files: [sheet], context: context, by: "测试")
        #expect(report.visitors == ["shuangqiao|2026-12-05": 7])
        #expect(try scratch.workspace.visitors(from: "2026-12-01", through: "2026-12-31")
                == [VisitorRecord(station: "shuangqiao", date: "2026-12-05", visitors: 7)])
        let county = try scratch.workspace.countyReport(context: context, months: [HeldScratch.month], names: false)
        #expect(county.stations.first { $0.station == "shuangqiao" }?.visitors == 7)
        #expect(county.stations.first { $0.station == "guangshun" }?.visitors == nil)
        #expect(county.text.contains("非成员群众 7 人次") && county.csv.contains("非成员群众人次"))

        // Without a written count, the signed names not on the list are counted.
        try Data("""
            站点,shuangqiao,日期,2026-12-19
            序号,姓名,身份,小组,签名,到达时间
            1,王五,,,王五,19:05
            2,赵六,,,赵六,19:06

            """.utf8).write(to: sheet)
        _ = try scratch.workspace.importAttendance(files: [sheet], context: context, by: "测试")
        #expect(try scratch.workspace.visitors(from: "2026-12-19", through: "2026-12-19").map(\.visitors) == [2])
    }

    @Test func aBadCountIsReportedByLine() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let sheet = scratch.root.appendingPathComponent("签到表.csv")
        try Data("站点,shuangqiao,日期,2026-12-05\n非成员群众,七个\n序号,姓名,签名\n1,张三,张三\n".utf8).write(to: sheet)
        let report = try scratch.workspace.importAttendance(files: [sheet], context: try Self.context(scratch), by: "测试")
        #expect(report.problems.map(\.kind) == [.badVisitors])
        #expect(report.problems.first?.text == "\(sheet.path):2: 非成员群众人数“七个”不是数字：请填人数，例如 5")
        #expect(report.added == 1)
    }

    @Test func anEditIsLoggedWithWhoAndBeforeAfter() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let context = try Self.context(scratch)
        let day = try LocalDate(parsing: "2026-12-05")
        let first = try scratch.workspace.editAttendance(
            context: context, station: "shuangqiao", date: day, member: ("张三", false), visitors: 3, by: "王站长")
        #expect(first.added == 2 && scratch.workspace.heldEditsCount() == 0)
        let second = try scratch.workspace.editAttendance(
            context: context, station: "双桥村远教站点", date: day, member: ("张三", true), visitors: 5, by: "县远程办")
        #expect(second.changed == 2)
        let edits = try scratch.workspace.heldEdits()
        #expect(edits.map(\.subject) == ["attendance", "visitors"])
        #expect(edits.allSatisfy { $0.by == "县远程办" })
        #expect(edits.last?.before == #"{"visitors":"3"}"# && edits.last?.after == #"{"visitors":"5"}"#)
        let stranger = #expect(throws: YuanjiaoError.self) {
            try scratch.workspace.editAttendance(context: context, station: "shuangqiao", date: day, member: ("王五", true), visitors: nil)
        }
        #expect(stranger?.message.contains("不在站点 shuangqiao 的成员名单中") == true)
        #expect(throws: YuanjiaoError.self) {
            try scratch.workspace.editAttendance(context: context, station: "shuangqiao", date: day, member: nil, visitors: -1)
        }
    }
}

extension Workspace {
    func heldEditsCount() -> Int { (try? heldEdits().count) ?? -1 }
}
