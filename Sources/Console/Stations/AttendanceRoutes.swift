import Foundation
import Hummingbird
import Yuanjiao

/// Attendance entry for one session of a station: a checklist of the station's members and a count of
/// non-member villagers, for that station's account and admin only (member names are personal data).
/// A changed mark or count is an edit, recorded with who, when, before and after.
struct AttendanceRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.station.get("/station/{station}/attendance") { request, context in try await page(request, context: context) }
        groups.station.post("/station/{station}/attendance") { request, context in try await save(request, context: context) }
    }

    private func station(_ context: ConsoleContext) throws -> String {
        guard let id = context.parameters.get("station"), !id.isEmpty else { throw ConsoleFailure.notFound("这个站点") }
        return id
    }

    private static func date(_ text: String?) throws -> LocalDate? {
        guard let text, !text.isEmpty else { return nil }
        guard let date = try? LocalDate(parsing: text) else { throw ConsoleFailure.badInput("日期「\(text)」应写成 YYYY-MM-DD，例如 2026-12-05。") }
        return date
    }

    private func page(_ request: Request, context: ConsoleContext) async throws -> Response {
        let id = try station(context)
        let query = request.uri.queryParameters
        let day = try Self.date(query.get("date"))
        let month = try day?.yearMonth ?? ConsoleMonth.parse(query.get("m"))
        let file = services.stationsFile
        let sheet = try await services.run { workspace in
            let stationFile = try workspace.planningContext(stationsFile: file).stationFile
            guard let station = stationFile.stations.first(where: { $0.id == id }) else { throw ConsoleFailure.notFound("站点「\(id)」") }
            let sessions = (try workspace.storedPlan(station: id, month: month)?.sessions ?? []).filter { $0.kind != .openDay }
            var present = Set<String>(), visitors: Int?, reflections = Set<String>()
            if let day {
                present = Set(try workspace.attendance(stations: [id], from: day.description, through: day.description).filter(\.present).map(\.member))
                reflections = Set(try workspace.reflections(stations: [id], from: day.description, through: day.description)
                    .filter(\.handedIn).map(\.member))
                visitors = try workspace.visitors(stations: [id], from: day.description, through: day.description).first?.visitors
            }
            return AttendancePages.Sheet(
                station: station.id, stationName: station.name, month: month, dates: sessions.map(\.date), date: day,
                members: (stationFile.members[id] ?? []).map(\.name), present: present, reflections: reflections, visitors: visitors)
        }
        let saved = query.get("saved") == "1"
        return Page(title: "\(sheet.stationName) 签到", account: context.account, csrf: context.session?.csrfToken,
                    body: AttendancePages.sheet(sheet, saved: saved, csrf: context.session?.csrfToken)).response()
    }

    private func save(_ request: Request, context: ConsoleContext) async throws -> Response {
        let id = try station(context)
        let account = try context.signedIn().account
        let form = try await FormData.verified(request, context: context)
        guard let day = try Self.date(form.text("date")) else { throw ConsoleFailure.badInput("请选择学习的日期。") }
        var visitors: Int?
        if let text = form.text("visitors") {
            guard let count = Int(text), count >= 0 else { throw ConsoleFailure.badInput("非成员群众人数「\(text)」应是 0 或正整数。") }
            visitors = count
        }
        let file = services.stationsFile
        let count = visitors
        try await services.run { workspace in
            let members = (try workspace.planningContext(stationsFile: file).stationFile.members[id] ?? []).map(\.name)
            var marks: [AttendanceRecord] = []
            var reflections: [ReflectionRecord] = []
            for index in members.indices {
                guard let name = form["member-\(index)"] else { continue }
                guard members.contains(name) else { throw ConsoleFailure.badInput("“\(name)”不在本站成员名单中：请刷新页面后再填。") }
                let present = form["present-\(index)"] != nil
                marks.append(AttendanceRecord(station: id, date: day.description, member: name, present: present))
                // A reflection belongs to a session attended: an absent member's tick is not kept.
                reflections.append(ReflectionRecord(
                    station: id, date: day.description, member: name, handedIn: present && form["reflection-\(index)"] != nil))
            }
            _ = try workspace.recordAttendance(marks, by: account.name)
            _ = try workspace.recordReflections(reflections, by: account.name)
            if let count { _ = try workspace.recordVisitors([VisitorRecord(station: id, date: day.description, visitors: count)], by: account.name) }
        }
        var headers = HTTPFields()
        headers[.location] = "/station/\(id)/attendance?date=\(day)&saved=1"
        return Response(status: .seeOther, headers: headers)
    }
}
