import Foundation
import Hummingbird
import Yuanjiao

/// The county report for admin: a month (红黄绿 per station) or a year with the members' attendance table
/// for the year-end evaluation, as the A4 printable page `yuanjiao report --format html` writes, or as CSV
/// for WPS (`table=members`: the members' table alone). Member names are personal data: admin's only.
struct ReportRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.admin.get("/report") { request, context in try await report(request, context: context) }
    }

    private func report(_ request: Request, context: ConsoleContext) async throws -> Response {
        let query = request.uri.queryParameters
        let period: Workspace.ReportRequest.Period
        if let year = query.get("year"), !year.isEmpty {
            guard let number = Int(year), (2000...2100).contains(number) else {
                throw ConsoleFailure.badInput("年份「\(year)」应写成 YYYY，例如 2026。")
            }
            period = .year(number)
        } else {
            period = .month(try ConsoleMonth.parse(query.get("m")))
        }
        let format = query.get("format") ?? "html"
        guard format == "html" || format == "csv" else {
            throw ConsoleFailure.badInput("格式「\(format)」不认识：请用 html（打印）或 csv（WPS/Excel）。")
        }
        let file = services.stationsFile
        // `table=members`: the members' attendance table alone, what the year-end evaluation prints.
        let request = Workspace.ReportRequest(period: period, names: true, membersOnly: query.get("table") == "members")
        let report = try await services.run { workspace in
            try workspace.report(workspace.planningContext(stationsFile: file), request)
        }
        var headers = HTTPFields()
        headers[.cacheControl] = "no-store"
        if format == "csv" {
            headers[.contentType] = "text/csv; charset=utf-8"
            headers[.contentDisposition] = "attachment; filename=\"report-\(report.period).csv\""
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: report.csv)))
        }
        headers[.contentType] = "text/html; charset=utf-8"
        let html = report.html
        headers.contentSecurityPolicy = PrintableDocumentPolicy.header(for: html)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
