import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

@Suite("Planning in the background, with progress")
struct PlanningProgressTests {
    /// Awaits the end of the month's plan, then reads `/month/progress` as the month page's script does.
    static func waitForPlan(_ browser: inout Browser, services: ConsoleServices, month: String) async throws -> [String: Any] {
        await services.planning.finished(try YearMonth(parsing: month))
        let page = try await browser.get("/month/progress?m=\(month)")
        #expect(page.headers[.contentType]?.hasPrefix("application/json") == true)
        return try JSONSerialization.jsonObject(with: Data(page.bytes)) as? [String: Any] ?? [:]
    }

    @Test("a plan runs in the background: the page shows progress, the JSON counts stations, then the result")
    func progressThenResult() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let none = try JSONSerialization.jsonObject(with: Data(try await admin.get("/month/progress?m=2026-12").bytes)) as? [String: Any]
            #expect(none?["state"] as? String == "none")
            _ = try await admin.get("/month?m=2026-12")
            let started = try await admin.post("/month/plan", ["m": "2026-12"])
            #expect(started.status == .seeOther)
            #expect(started.headers[.location] == "/month?m=2026-12")
            // Reads go on while the plan runs.
            #expect(try await admin.get("/stations").status == .ok)
            let job = try await Self.waitForPlan(&admin, services: fixture.services, month: "2026-12")
            #expect(job["state"] as? String == "finished")
            let progress = job["progress"] as? [String: Any]
            #expect(progress?["total"] as? Int == 7)
            #expect(progress?["done"] as? Int == 7)
            let page = try await admin.get("/month?m=2026-12")
            #expect(page.text.contains("已排好 7 个站点的计划"))
            #expect(page.text.contains("集中学习日"))
            #expect(!page.text.contains("plan-bar"), "no progress bar once the plan is done")
        }
        #expect(try fixture.workspace.storedPlan(station: "shuangqiao", month: try YearMonth(parsing: "2026-12")) != nil)
    }

    @Test("while a plan runs the month page shows the bar and names the month console.js polls; a second click starts nothing")
    func runningPage() async throws {
        let jobs = PlanningJobs()
        let month = try YearMonth(parsing: "2026-12")
        #expect(jobs.begin(month, by: "admin"))
        #expect(!jobs.begin(month, by: "admin"), "one plan of a month at a time")
        jobs.update(month, PlanProgress(stage: .planning, done: 3, total: 7))
        jobs.update(month, PlanProgress(stage: .planning, done: 2, total: 7))
        #expect(jobs.job(month)?.progress.done == 3, "a late report never moves the count back")
        let html = PlanningPages.job(jobs.job(month), month: month).source
        #expect(html.contains("已排 3 / 7 个站点"))
        #expect(html.contains("<progress id=\"plan-bar\" max=\"7\" value=\"3\">"))
        #expect(html.contains("data-month=\"2026-12\""), "console.js polls /month/progress for this month")
        #expect(ConsoleAssets.script.contains("/month/progress?m="))
        jobs.end(month, .failure(.badInput("日历不全")))
        #expect(jobs.job(month)?.state == .failed)
        #expect(PlanningPages.job(jobs.job(month), month: month).source.contains("排计划失败：日历不全"))
        #expect(jobs.begin(month, by: "admin"), "a failed plan can be started again")
    }

    @Test("Workspace.plan reports every station to its progress callback")
    func workspaceProgress() throws {
        let fixture = try ConsoleFixture()
        let reports = ReportLog()
        let context = try fixture.workspace.planningContext(stationsFile: ConsoleFixture.stationsFile)
        _ = try fixture.workspace.plan(context, month: try YearMonth(parsing: "2026-12")) { reports.append($0) }
        let all = reports.all
        #expect(all.first?.stage == .preparing)
        #expect(all.last == PlanProgress(stage: .storing, done: 7, total: 7))
        #expect(Set(all.filter { $0.stage == .planning }.map(\.done)) == Set(0...7))
    }

    final class ReportLog: @unchecked Sendable {
        // Guarded by `lock`: the planner reports from several threads.
        private var reports: [PlanProgress] = []
        private let lock = NSLock()
        func append(_ report: PlanProgress) { lock.withLock { reports.append(report) } }
        var all: [PlanProgress] { lock.withLock { reports } }
    }
}
