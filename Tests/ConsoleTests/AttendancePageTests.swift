import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import Yuanjiao
@testable import Console

@Suite("Attendance entry page")
struct AttendancePageTests {
    /// The fixture's catalogue and accounts, with the sample stations given members (members.csv beside a copy).
    static func application(_ fixture: ConsoleFixture) throws -> some ApplicationProtocol {
        let stations = fixture.directory.appendingPathComponent("stations.yaml")
        try FileManager.default.copyItem(at: ConsoleFixture.stationsFile, to: stations)
        try Data("station,name,role\nshuangqiao,张三,党员\nshuangqiao,李四,群众\nlonghe,王五,党员\n".utf8)
            .write(to: fixture.directory.appendingPathComponent("members.csv"))
        let services = ConsoleServices(
            workspace: fixture.workspace, stationsFile: stations, watchFolders: [],
            loginLimiter: LoginLimiter(), rescans: RescanState())
        var logger = Logger(label: "console-tests")
        logger.logLevel = .warning
        return Application(
            router: ConsoleServer.router(services: services, options: ConsoleOptions(stationsFile: stations, watchFolders: []), logger: logger),
            logger: logger)
    }

    @Test("the station account ticks members and counts visitors; a correction is logged; bad input gets a Chinese message")
    func enterAttendance() async throws {
        let fixture = try ConsoleFixture(planned: true)
        let month = try YearMonth(parsing: "2026-12")
        let day = try #require(try fixture.workspace.storedPlan(station: "shuangqiao", month: month)?.sessions.first { $0.kind != .openDay }?.date)
        try await Self.application(fixture).test(.router) { client in
            var wang = try await Browser.signedIn("wang", client: client)
            let list = try await wang.get("/station/shuangqiao/attendance?m=2026-12")
            #expect(list.text.contains("/station/shuangqiao/attendance?date=\(day)"))
            let form = try await wang.get("/station/shuangqiao/attendance?date=\(day)")
            #expect(form.text.contains("张三") && form.text.contains("李四") && !form.text.contains("王五"))
            let saved = try await wang.post("/station/shuangqiao/attendance", [
                "date": "\(day)", "member-0": "张三", "present-0": "1", "member-1": "李四", "visitors": "6",
            ])
            #expect(saved.status == .seeOther)
            let again = try await wang.get(saved.headers[.location] ?? "")
            #expect(again.text.contains("已保存") && again.text.contains("value=\"6\""))
            let corrected = try await wang.post("/station/shuangqiao/attendance", [
                "date": "\(day)", "member-0": "张三", "present-0": "1", "member-1": "李四", "present-1": "1", "visitors": "5",
            ])
            #expect(corrected.status == .seeOther)
            let badCount = try await wang.post("/station/shuangqiao/attendance", ["date": "\(day)", "visitors": "很多"])
            #expect(badCount.status == .badRequest && badCount.text.contains("应是 0 或正整数"))
            let stranger = try await wang.post("/station/shuangqiao/attendance", ["date": "\(day)", "member-0": "王五", "present-0": "1"])
            #expect(stranger.status == .badRequest && stranger.text.contains("不在本站成员名单中"))
            let noToken = try await wang.post("/station/shuangqiao/attendance", ["date": "\(day)", "visitors": "1"], csrf: "forged")
            #expect(noToken.status == .forbidden)
            let otherStation = try await wang.post("/station/longhe/attendance", ["date": "\(day)", "visitors": "1"])
            #expect(otherStation.status == .forbidden)
        }
        let marks = try fixture.workspace.attendance(stations: ["shuangqiao"], from: day.description, through: day.description)
        #expect(marks.filter(\.present).map(\.member).sorted() == ["张三", "李四"])
        #expect(try fixture.workspace.visitors(from: day.description, through: day.description).map(\.visitors) == [5])
        let edits = try fixture.workspace.heldEdits()
        #expect(Set(edits.map(\.subject)) == ["attendance", "visitors"] && edits.allSatisfy { $0.by == "wang" })
    }
}
