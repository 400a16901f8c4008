import Catalogue
import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// `attendance import` of a filled 快乐园 sheet: told by its header, stored apart from members' attendance,
/// one transaction per file, read back for reports as counts only.
@Suite struct ChildrenAttendanceImportTests {
    static let stations = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: qingshi
            name: 清石村远教站点
            members:
              - 张三

        """

    /// The printed sheet's layout, as WPS saves it to CSV.
    static func sheet(date: String, activity: String, rows: [String], heading: String = "快乐园签到表") -> String {
        ([",\(heading)", "站点,清石村远教站点,地点,电脑室", "日期,\(date),时间,18:30–19:30", "活动,\(activity)",
          "序号,孩子姓名,签到"] + rows + ["应到 3 人，实到____人（孩子签到单独统计，不计入党员参学率）"]).joined(separator: "\r\n")
    }

    @Test func aChildrensSheetIsStoredApartAndCountedWithoutNames() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let input = try ChildrenPrivacyTests.input()
        let plan = input.plan
        let session = try #require(plan.children?.sessions.first { $0.kind == .childrenClass })
        try scratch.workspace.catalogue.storePlans([
            StoredPlan(station: "qingshi", month: "2026-12", document: try JSONEncoder().encode(plan), items: [])
        ])
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let date = "\(session.date.year)年\(session.date.chineseMonthDay)（\(session.date.weekday.chineseName)）"
        let file = scratch.root.appendingPathComponent("快乐园签到.csv")
        try Data(Self.sheet(date: date, activity: "电脑基础", rows: ["1,王小明,√", "2,欧阳佳怡,", "3,李红,李红", "4,,"]).utf8).write(to: file)
        // A day without a 快乐园 session: every row reported by line, none stored.
        let wrongDay = scratch.root.appendingPathComponent("快乐园签到-错日.csv")
        try Data(Self.sheet(date: "2026年11月3日", activity: "电脑基础", rows: ["1,王小明,√"], heading: "快樂園簽到表").gbkBytes)
            .write(to: wrongDay)

        let report = try scratch.workspace.importAttendance(files: [file, wrongDay], context: context, by: "站长")
        #expect(report.childrenAdded == 3 && report.childSignIns == 2)
        #expect(report.added == 0 && report.visitors.isEmpty)
        #expect(report.problems.map(\.kind) == [.noChildrenSession])
        #expect(report.problems.first?.line == 6)
        #expect(report.text.contains("快乐园签到（单独统计）：新增 3 条"))
        // Members' attendance is untouched; the report side sees counts only.
        #expect(try scratch.workspace.attendance(from: "2026-11-01", through: "2026-12-31").isEmpty)
        let counts = try scratch.workspace.childrenAttendance(from: HeldScratch.month, through: HeldScratch.month)
        #expect(counts == [ChildrenAttendanceCount(station: "qingshi", month: "2026-12", sessions: 1, signIns: 2)])

        // Re-importing is idempotent; a corrected mark is an edit, logged.
        #expect(try scratch.workspace.importAttendance(files: [file], context: context).childrenUnchanged == 3)
        try Data(Self.sheet(date: date, activity: "电脑基础", rows: ["2,欧阳佳怡,√"]).utf8).write(to: file)
        #expect(try scratch.workspace.importAttendance(files: [file], context: context, by: "管理员").childrenChanged == 1)
        #expect(try scratch.workspace.heldEdits().last?.subject == "child-attendance")
        let after = try scratch.workspace.childrenAttendance(from: HeldScratch.month, through: HeldScratch.month)
        #expect(after.first?.signIns == 3)
    }

    @Test func aMembersSheetIsNotTakenForAChildrensSheet() throws {
        let members = AttendanceImportTests.sheet(date: "2026年12月5日", rows: ["1,张三,党员,一组,张三,18:55"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("members-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(members.utf8).write(to: url)
        #expect(ChildrenSignInSheet(url: url) == nil)
    }
}
