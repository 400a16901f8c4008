import Catalogue
import Foundation
public import Planner

extension Workspace {
    /// `yuanjiao report`: each station's months in `months` against plan and rules, and the members'
    /// 出勤率 over the whole period (names only when `names`).
    public func countyReport(context: PlanningContext, months: [YearMonth], names: Bool) throws(YuanjiaoError) -> CountyReport {
        let stations = context.stationFile.stations
        var rows: [CountyReport.StationMonth] = []
        for month in months {
            let plans = try Self.boundary { try catalogue.storedPlans(month: month.description) }
            var plays: [String: [PlayMatcher.Play]] = [:]
            for record in try playLog(from: month.firstDay.description, to: month.adding(months: 1).firstDay.description) {
                guard let start = LogTime(parsing: record.start), let end = LogTime(parsing: record.end) else { continue }
                plays[record.station, default: []].append(PlayMatcher.Play(start: start, end: end, file: record.file))
            }
            let attendance = AttendanceRates(
                records: try attendance(from: month.firstDay.description, through: month.lastDay.description),
                members: context.stationFile.members)
            var visitors: [String: Int] = [:]
            for record in try self.visitors(from: month.firstDay.description, through: month.lastDay.description) {
                visitors[record.station, default: 0] += record.visitors
            }
            let checker = PlanChecker(calendar: context.calendar)
            let edges = try Self.boundary { try self.neighbours(of: stations, month: month) }
            for station in stations {
                let plan = try Self.boundary { try plans[station.id].map { try JSONDecoder().decode(StationPlan.self, from: $0.document) } }
                var row = StationMonthBuilder.build(
                    station: station, month: month, plan: plan, plays: plays[station.id] ?? [], attendance: attendance,
                    checker: checker, neighbours: edges[station.id] ?? .none)
                row.visitors = visitors[station.id]
                for index in row.topics.indices { row.topics[index].name = context.topicNames.label(row.topics[index].topic) }
                rows.append(row)
            }
        }
        let period = months.count == 1 ? months[0].description : "\(months.first?.description ?? "")..\(months.last?.description ?? "")"
        var members: [AttendanceRates.MemberRate] = []
        if names, let first = months.first, let last = months.last {
            members = try attendanceRates(context: context, from: first, through: last).members
        }
        return CountyReport(
            period: period, stations: rows, members: members,
            memberCounts: context.stationFile.members.mapValues(\.count))
    }
}
