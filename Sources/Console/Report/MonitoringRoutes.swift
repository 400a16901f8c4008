import Foundation
import Hummingbird
import Yuanjiao

/// The county's monitoring: a station's 12-month ratio chart (that station's account and admin) and the
/// county's month as one XMLTV file (admin). The behind table sits on the admin's month page.
struct MonitoringRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.station.get("/station/{station}/ratios.svg") { request, context in try await chart(request, context: context) }
        groups.admin.get("/guide.xml") { request, context in try await guide(request, context: context) }
    }

    private func chart(_ request: Request, context: ConsoleContext) async throws -> Response {
        guard let id = context.parameters.get("station"), !id.isEmpty else { throw ConsoleFailure.notFound("这个站点") }
        let month = try ConsoleMonth.parse(request.uri.queryParameters.get("m"))
        let file = services.stationsFile
        let svg = try await services.run { workspace in
            let planning = try workspace.planningContext(stationsFile: file)
            guard planning.stationFile.stations.contains(where: { $0.id == id }) else { throw ConsoleFailure.notFound("站点「\(id)」") }
            let months = try workspace.stationYear(context: planning, station: id, through: month)
            let targets = Dictionary(uniqueKeysWithValues: MonitoringRatio.allCases.map { ($0, planning.stationFile.target($0, station: id)) })
            return RatioChart.svg(station: id, months: months, targets: targets)
        }
        var headers = HTTPFields()
        headers[.contentType] = "image/svg+xml; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: svg)))
    }

    private func guide(_ request: Request, context: ConsoleContext) async throws -> Response {
        let month = try ConsoleMonth.parse(request.uri.queryParameters.get("m"))
        let file = services.stationsFile
        let xml = try await services.run { workspace in
            try workspace.countyListing(stationFile: workspace.planningContext(stationsFile: file).stationFile, month: month)
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/xml; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"guide-\(month.description).xml\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: xml)))
    }
}

extension ConsoleServices {
    /// The behind list for the admin's month page.
    func behindList(_ month: YearMonth) async throws -> BehindList {
        let file = stationsFile
        return try await run { workspace in try workspace.behindList(context: workspace.planningContext(stationsFile: file), month: month) }
    }
}
