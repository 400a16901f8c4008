import Foundation
import Hummingbird
import Yuanjiao

/// The county office's pages: the station file with its check findings, the month page (plan, sessions,
/// items with their reasons, warnings, check results), the rescan button and the account list.
struct AdminRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.admin.get("/stations") { _, context in try await stations(context: context) }
        groups.admin.get("/month") { request, context in try await month(request, context: context) }
        groups.admin.post("/month/plan") { request, context in try await plan(request, context: context) }
        groups.admin.get("/month/progress") { request, context in try progress(request, context: context) }
        groups.staff.post("/rescan") { request, context in try await rescanNow(request, context: context) }
        groups.admin.get("/users") { _, context in try await users(context: context) }
    }

    private func stations(context: ConsoleContext) async throws -> Response {
        let file = services.stationsFile
        let report = try await services.run { workspace in try Workspace.checkStationFile(file, data: workspace.data) }
        let rescan = await (services.rescans.running, services.rescans.last)
        let body = AdminPages.stations(
            report, watchFolders: services.watchFolders, rescanRunning: rescan.0, lastRescan: rescan.1,
            csrf: context.session?.csrfToken)
        return page("站点", body, context)
    }

    private func month(_ request: Request, context: ConsoleContext) async throws -> Response {
        let month = try ConsoleMonth.parse(request.uri.queryParameters.get("m"))
        let data = try await services.monthPageData(month)
        let head = PlanningPages.job(services.planning.job(month), month: month)
            + AdminPages.monthHead(data.overview, csrf: context.session?.csrfToken)
        return Page(title: "\(month) 月计划", account: context.account, csrf: context.session?.csrfToken, body: head)
            .response(followedBy: data.plansAndBehind, acceptEncoding: request.headers[.acceptEncoding])
    }

    /// Starts the plan in the background and sends the browser to the month page, which shows its progress.
    private func plan(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.signedIn().account
        let form = try await FormData.verified(request, context: context)
        let month = try ConsoleMonth.parse(form["m"])
        guard services.planning.begin(month, by: account.name) else { return Response.seeOther("/month?m=\(month)") }
        let services = services
        let logger = context.logger
        Task {
            let jobs = services.planning
            let file = services.stationsFile
            do {
                let plan = try await services.run { workspace in
                    try workspace.runMonth(workspace.planningContext(stationsFile: file), month: month) { jobs.update(month, $0) }.plan
                }
                jobs.end(month, .success(plan))
                logger.info("\(account.name) 排了 \(month) 的计划")
            } catch {
                let failure = ConsoleFailure(error)
                jobs.end(month, .failure(failure))
                logger.error("\(account.name) 排 \(month) 的计划失败：\(failure.message)")
            }
        }
        return Response.seeOther("/month?m=\(month)")
    }

    /// `{"state":"running|finished|failed|none","progress":{"stage":…,"done":N,"total":N},…}` for the month page's script.
    private func progress(_ request: Request, context: ConsoleContext) throws -> Response {
        let month = try ConsoleMonth.parse(request.uri.queryParameters.get("m"))
        guard let job = services.planning.job(month) else { return JSONOutput.response(["state": "none"]) }
        return JSONOutput.response(job)
    }

    private func rescanNow(_ request: Request, context: ConsoleContext) async throws -> Response {
        let form = try await FormData.verified(request, context: context)
        guard !services.watchFolders.isEmpty else {
            throw ConsoleFailure.badInput("控制台启动时没有指定 --watch 文件夹，无法重新扫描。")
        }
        // The scan runs on; the page shows its outcome when it is done.
        let services = services
        let logger = context.logger
        Task { await rescan(services: services, logger: logger) }
        return Response.seeOther(form.safeReturnPath ?? "/review")
    }

    private func users(context: ConsoleContext) async throws -> Response {
        let accounts = try await services.run { try $0.accounts() }
        return page("账号", AdminPages.users(accounts), context)
    }

    private func page(_ title: String, _ body: HTML, _ context: ConsoleContext) -> Response {
        Page(title: title, account: context.account, csrf: context.session?.csrfToken, body: body).response()
    }
}

/// `?m=YYYY-MM`, else the current month in China.
enum ConsoleMonth {
    static func parse(_ text: String?) throws -> YearMonth {
        guard let text, !text.isEmpty else { return current() }
        guard let month = try? YearMonth(parsing: text) else {
            throw ConsoleFailure.badInput("月份「\(text)」应写成 YYYY-MM，例如 2026-12。")
        }
        return month
    }

    static func current(now: Date = Date()) -> YearMonth {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        let parts = calendar.dateComponents([.year, .month], from: now)
        return (try? YearMonth(year: parts.year ?? 2026, month: parts.month ?? 1)) ?? YearMonth(monthIndex: 0)
    }
}

/// Everything the month page shows: each station with its stored plan (nil: not planned yet), and the
/// check of the stored plans.
struct MonthOverview: Sendable {
    var month: YearMonth
    var county: String
    var stations: [(station: Station, plan: StationPlan?)]
    var check: CheckReport?
}

extension ConsoleServices {
    func monthOverview(_ month: YearMonth) async throws -> MonthOverview {
        let file = stationsFile
        return try await run { workspace in
            let context = try workspace.planningContext(stationsFile: file)
            let stored = try workspace.storedMonth(month, stationIDs: context.stationFile.stations.map(\.id)).stations
            let stations = context.stationFile.stations.map { station in (station: station, plan: stored.first { $0.id == station.id }) }
            let anyPlanned = stations.contains { $0.plan != nil }
            let check = anyPlanned ? try workspace.check(context, month: month) : nil
            return MonthOverview(month: month, county: context.stationFile.county, stations: stations, check: check)
        }
    }
}
