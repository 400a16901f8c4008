import Foundation
import Hummingbird
import Yuanjiao

/// `/api/…`: the CLI's `--json` shapes (DESIGN.md) for scripts, behind the same accounts and roles.
/// Scripts log in through `/login` like a browser and send the session cookie.
struct APIRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.staff.get("/api/search") { request, context in
            let parameters = request.uri.queryParameters
            guard let query = parameters.get("q"), !query.isEmpty else { throw ConsoleFailure.badInput("缺少查询参数 q。") }
            let topic = parameters.get("topic")
            let limit = min(max(parameters.get("limit", as: Int.self) ?? 20, 1), 500)
            return JSONOutput.response(try await services.run { try $0.search(query, topic: topic, limit: limit) })
        }
        groups.staff.get("/api/resources/{id}") { _, context in
            let id = try context.resourceID()
            return JSONOutput.response(try await services.run { try $0.details(id: id) })
        }
        groups.staff.get("/api/review") { request, context in
            let limit = min(max(request.uri.queryParameters.get("limit", as: Int.self) ?? 20, 1), 500)
            let after = request.uri.queryParameters.get("after", as: Int64.self)
            return JSONOutput.response(try await services.run { try $0.review(limit: limit, after: after) })
        }
        groups.staff.get("/api/history") { _, context in
            return JSONOutput.response(["changes": try await services.run { try $0.history(limit: 100) }])
        }
        groups.adminOrStation.get("/api/plan/{month}") { _, context in try await plan(context: context) }
        groups.admin.get("/api/check/{month}") { _, context in
            let month = try APIRoutes.month(context)
            let file = services.stationsFile
            return JSONOutput.response(try await services.run { workspace in
                try workspace.check(workspace.planningContext(stationsFile: file), month: month)
            })
        }
    }

    /// `plan --json`'s shape from the stored plans; a station account gets only its own station.
    private func plan(context: ConsoleContext) async throws -> Response {
        let account = try context.signedIn().account
        let month = try Self.month(context)
        let file = services.stationsFile
        let plan = try await services.run { workspace in
            let stations = try workspace.planningContext(stationsFile: file).stationFile.stations
                .filter { account.role == .admin || $0.id == account.station }
            return try workspace.storedMonth(month, stationIDs: stations.map(\.id))
        }
        return JSONOutput.response(plan)
    }

    private static func month(_ context: ConsoleContext) throws -> YearMonth {
        try ConsoleMonth.parse(context.parameters.get("month") ?? "")
    }
}
