import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

@Suite("Admin and station pages")
struct AdminAndStationPageTests {
    static let december = try! YearMonth(parsing: "2026-12")

    @Test("planning the month from the month page stores the plan and shows sessions, reasons and the check")
    func planMonth() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let before = try await admin.get("/month?m=2026-12")
            #expect(before.text.contains("本月还没有计划"))
            let planned = try await admin.post("/month/plan", ["m": "2026-12"])
            #expect(planned.status == .seeOther)
            #expect(planned.headers[.location] == "/month?m=2026-12")
            _ = try await PlanningProgressTests.waitForPlan(&admin, services: fixture.services, month: "2026-12")
            let page = try await admin.get("/month?m=2026-12")
            #expect(page.text.contains("集中学习日"))
            #expect(page.text.contains("<details>"))
            #expect(page.text.contains("复查"))
            let bad = try await admin.post("/month/plan", ["m": "2026-13"])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("应写成 YYYY-MM"))
        }
        #expect(try fixture.workspace.storedPlan(station: "shuangqiao", month: Self.december) != nil)
    }

    @Test("the stations page shows the file's findings with line numbers")
    func stationsPage() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let page = try await admin.get("/stations")
            #expect(page.text.contains("站点文件检查通过"))
            #expect(page.text.contains("shuangqiao"))
        }
        let broken = fixture.directory.appendingPathComponent("broken.yaml")
        try "county: 示例县\ncalendar: CN-2026\nstations:\n  - id: a\n    name: 甲\n    weekly_minutes: lots\n".write(to: broken, atomically: true, encoding: .utf8)
        let services = ConsoleServices(
            workspace: fixture.workspace, stationsFile: broken, watchFolders: [],
            loginLimiter: LoginLimiter(), rescans: RescanState())
        let app = Application(router: ConsoleServer.router(services: services, options: ConsoleOptions(stationsFile: broken), logger: .init(label: "t")))
        try await app.test(.router) { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let page = try await admin.get("/stations")
            #expect(page.text.contains("站点文件有"))
            #expect(page.text.contains("broken.yaml:6:"))
            let month = try await admin.get("/month?m=2026-12")
            #expect(month.status == .unprocessableContent)
            #expect(month.text.contains("站点文件有"))
        }
    }

    @Test("the bundle ZIP unpacks to exactly what plan --out writes")
    func bundleZip() async throws {
        let fixture = try ConsoleFixture(planned: true)
        let zipBytes = try await fixture.test { client in
            var station = try await Browser.signedIn("wang", client: client)
            let page = try await station.get("/bundles/shuangqiao/2026-12.zip")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "application/zip")
            return page.bytes
        }
        let zip = fixture.directory.appendingPathComponent("b.zip")
        try Data(zipBytes).write(to: zip)
        let unpacked = fixture.directory.appendingPathComponent("unpacked")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-q", zip.path, "-d", unpacked.path]
        try unzip.run()
        unzip.waitUntilExit()
        #expect(unzip.terminationStatus == 0)
        let planOut = fixture.directory.appendingPathComponent("out")
        let context = try fixture.workspace.planningContext(stationsFile: ConsoleFixture.stationsFile)
        let plan = try #require(try fixture.workspace.storedPlan(station: "shuangqiao", month: Self.december))
        _ = try fixture.workspace.writeBundles(MonthPlan(month: Self.december, stations: [plan]), stationFile: context.stationFile, to: planOut)
        let names = { (url: URL) in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
        #expect(try names(unpacked) == ["shuangqiao"])
        let zipped = unpacked.appendingPathComponent("shuangqiao"), written = planOut.appendingPathComponent("shuangqiao")
        #expect(try names(zipped) == names(written))
        #expect(try names(zipped.appendingPathComponent("station")) == names(written.appendingPathComponent("station")))
        let files = try FileManager.default.subpathsOfDirectory(atPath: written.path).filter { $0 != "station" }
        for name in files.sorted() where name != "manifest.json" && name != "plan.ics" {
            #expect(try Data(contentsOf: zipped.appendingPathComponent(name)) == Data(contentsOf: written.appendingPathComponent(name)), "\(name)")
        }
        // The ZIP holds the bundle only; the station keeps its courseware where 说明.txt says, here the samples.
        let courseware = ConsoleFixture.repository.appendingPathComponent("Samples/courseware")
        let report = Workspace.verify(bundle: zipped, coursewareRoot: courseware)
        #expect(report.passed)
    }

    @Test("a station sees this month and next, and its poster is the same HTML as notice --format html")
    func stationPages() async throws {
        let fixture = try ConsoleFixture(planned: true)
        let context = try fixture.workspace.planningContext(stationsFile: ConsoleFixture.stationsFile)
        let poster = try fixture.workspace.notice(stationFile: context.stationFile, stationID: "shuangqiao", month: Self.december, format: .html)
        let signin = try fixture.workspace.notice(stationFile: context.stationFile, stationID: "shuangqiao", month: Self.december, format: .signin)
        try await fixture.test { client in
            var station = try await Browser.signedIn("wang", client: client)
            let page = try await station.get("/station/shuangqiao?m=2026-12")
            #expect(page.text.contains("2026-12"))
            #expect(page.text.contains("2027-01"))
            #expect(page.text.contains("县远程办还没有排这个月的计划"))
            #expect(try await station.get("/station/shuangqiao/2026-12/poster").text == poster)
            #expect(try await station.get("/station/shuangqiao/2026-12/signin").text == signin)
            let script = try await station.get("/station/shuangqiao/2026-12/script")
            #expect(script.text.contains("<pre class=\"script\">"))
            let unplanned = try await station.get("/station/shuangqiao/2027-01/poster")
            #expect(unplanned.status != .ok)
            #expect(unplanned.text.contains("2027"))
            let badMonth = try await station.get("/station/shuangqiao/2026-99/poster")
            #expect(badMonth.status == .notFound)
        }
    }

    @Test("the API answers with the CLI's JSON shapes")
    func apiShapes() async throws {
        let fixture = try ConsoleFixture(planned: true)
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let search = try JSONSerialization.jsonObject(with: Data(try await admin.get("/api/search?q=falv").bytes)) as? [String: Any]
            #expect(search?["query"] as? String == "falv")
            #expect((search?["results"] as? [[String: Any]])?.first?["snippet"] != nil)
            let plan = try JSONSerialization.jsonObject(with: Data(try await admin.get("/api/plan/2026-12").bytes)) as? [String: Any]
            #expect(plan?["month"] as? String == "2026-12")
            #expect((plan?["stations"] as? [Any])?.count == 7)
            let check = try JSONSerialization.jsonObject(with: Data(try await admin.get("/api/check/2026-12").bytes)) as? [String: Any]
            #expect(check?["violations"] is [Any])
            let review = try JSONSerialization.jsonObject(with: Data(try await admin.get("/api/review").bytes)) as? [String: Any]
            #expect(review?["total"] is Int)
            var station = try await Browser.signedIn("wang", client: client)
            let own = try JSONSerialization.jsonObject(with: Data(try await station.get("/api/plan/2026-12").bytes)) as? [String: Any]
            let ids = (own?["stations"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
            #expect(ids == ["shuangqiao"])
            let missing = try await admin.get("/api/search")
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("缺少查询参数"))
        }
    }

    @Test("the rescan button indexes the watched folders; without --watch it says why not")
    func rescanButton() async throws {
        let fixture = try ConsoleFixture(watch: true)
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            _ = try await admin.get("/stations")
            #expect(try await admin.post("/rescan", ["return": "/stations"]).status == .seeOther)
            let last: RescanState.Outcome? = await fixture.services.rescans.firstOutcome()
            #expect(last?.failed == false)
            #expect(last?.summary.contains("未变") == true)
            #expect(try await admin.get("/stations").text.contains("上次扫描"))
        }
        let unwatched = try ConsoleFixture()
        try await unwatched.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            _ = try await admin.get("/stations")
            let page = try await admin.post("/rescan", [:])
            #expect(page.status == .badRequest)
            #expect(page.text.contains("--watch"))
        }
    }
}
