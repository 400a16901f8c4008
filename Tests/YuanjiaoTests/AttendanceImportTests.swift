import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// `attendance import`: the sign-in sheet's own layout, rates per member and per session, bad rows by line.
@Suite struct AttendanceImportTests {
    static let stations = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: shuangqiao
            name: 双桥村远教站点
            members:
              - 张三 党员 一组
              - 李四 群众 二组
              - 王五

        """

    static func sheet(date: String, rows: [String]) -> String {
        ([",远程教育学习签到表", "站点,双桥村远教站点,地点,双桥村小学 多媒体教室", "日期,\(date),时间,19:00–21:00（集中学习日）",
          "序号,姓名,身份,小组,签名,到达时间"] + rows + ["应到 ______ 人　　实到 ______ 人"]).joined(separator: "\r\n")
    }

    @Test func sheetsGiveRatesPerMemberAndSession() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let first = scratch.root.appendingPathComponent("签到-5日.csv")
        try Data(Self.sheet(date: "2026年12月5日", rows: ["1,张三,党员,一组,张三,18:55", "2,李四,群众,二组,,", "3,王五,,,王五,",
                                                       "4,赵六,,,赵六,19:10", "5,,,,,"]).utf8).write(to: first)
        let second = scratch.root.appendingPathComponent("签到-19日.csv")
        try Data(Self.sheet(date: "2026-12-19", rows: ["1,张三,党员,一组,张三,", "2,李四,群众,二组,李四,"]).gbkBytes).write(to: second)

        let report = try scratch.workspace.importAttendance(files: [first, second], context: context, by: "站长")
        #expect(report.added == 5)
        #expect(report.problems.map(\.text) == ["\(first.path):8: “赵六”不在该站点的成员名单中：已计为非成员群众；如是成员，请先加入名单再导入"])
        #expect(report.visitors == ["shuangqiao|2026-12-05": 1])

        let rates = try scratch.workspace.attendanceRates(context: context, from: HeldScratch.month, through: HeldScratch.month)
        let byName = Dictionary(uniqueKeysWithValues: rates.members.map { ($0.name, $0) })
        #expect(byName["张三"]?.rate == 1.0)
        #expect(byName["李四"]?.rate == 0.5)
        #expect(byName["王五"]?.attended == 1 && byName["王五"]?.sessions == 2)
        #expect(rates.sessions.map(\.present) == [2, 2])
        #expect(rates.sessions.first?.members == 3)

        // Re-importing is idempotent; a corrected mark is an edit, logged with before and after.
        #expect(try scratch.workspace.importAttendance(files: [second], context: context).unchanged == 2)
        let corrected = scratch.root.appendingPathComponent("签到-19日-更正.csv")
        try Data(Self.sheet(date: "2026年12月5日", rows: ["2,李四,群众,二组,李四,"]).utf8).write(to: corrected)
        #expect(try scratch.workspace.importAttendance(files: [corrected], context: context, by: "管理员").changed == 1)
        let edit = try #require(try scratch.workspace.heldEdits().last)
        #expect(edit.by == "管理员" && edit.before.contains("false") && edit.after.contains("true"))
    }

    @Test func badSheetsAreReported() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let noDate = scratch.root.appendingPathComponent("a.csv")
        try Data("站点,shuangqiao\n序号,姓名,签名\n1,张三,张三\n".utf8).write(to: noDate)
        let otherStation = scratch.root.appendingPathComponent("b.csv")
        try Data("站点,广顺村\n日期,2026-12-05\n序号,姓名,签名\n1,张三,张三\n".utf8).write(to: otherStation)
        let noTable = scratch.root.appendingPathComponent("c.csv")
        try Data("随便写的\n".utf8).write(to: noTable)
        let report = try scratch.workspace.importAttendance(files: [noDate, otherStation, noTable], context: context)
        #expect(report.problems.map { "\($0.line) \($0.kind.rawValue)" } == ["3 no-date", "4 unknown-station", "0 no-table"])
        #expect(report.added == 0)
    }
}
