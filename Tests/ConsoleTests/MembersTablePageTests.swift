import Foundation
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

@Suite("Members' table page")
struct MembersTablePageTests {
    @Test("the console's members' table is the CLI's `report --year --members` table, in the same 评先评优 order")
    func membersTableUsesTheEvaluationSort() async throws {
        let fixture = try ConsoleFixture(planned: true)
        let month = try YearMonth(parsing: "2026-12")
        let day = try #require(try fixture.workspace.storedPlan(station: "shuangqiao", month: month)?.sessions.first { $0.kind != .openDay }?.date)
        // 李四 came, 张三 did not, 王五's station returned nothing: the evaluation order is 李四, 张三, 王五,
        // unlike the members file's order (stations by id: 王五 first).
        _ = try fixture.workspace.recordAttendance([
            AttendanceRecord(station: "shuangqiao", date: day.description, member: "张三", present: false),
            AttendanceRecord(station: "shuangqiao", date: day.description, member: "李四", present: true),
        ], by: "测试")
        let application = try AttendancePageTests.application(fixture)
        let stations = fixture.directory.appendingPathComponent("stations.yaml")
        let months = try (1...12).map { try YearMonth(year: 2026, month: $0) }
        let cli = try fixture.workspace.countyReport(
            context: fixture.workspace.planningContext(stationsFile: stations), months: months, names: true
        ).membersOnly
        try await application.test(.router) { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let csv = try await admin.get("/report?year=2026&table=members&format=csv")
            #expect(csv.status == .ok)
            #expect(csv.bytes == Array(cli.csv.utf8))
            let order = ["李四", "张三", "王五"].map { csv.text.range(of: ",\($0),")?.lowerBound }
            #expect(order.allSatisfy { $0 != nil } && order == order.sorted { ($0 ?? csv.text.endIndex) < ($1 ?? csv.text.endIndex) })
            let page = try await admin.get("/report?year=2026&table=members")
            #expect(page.text == cli.html)
        }
    }
}
