import Catalogue
import Foundation
public import Planner

extension Workspace {
    /// `yuanjiao report`: each station's months in `months` against plan and rules, and the members'
    /// 出勤率 over the whole period (names only when `names`).
    public func countyReport(context: PlanningContext, months: [YearMonth], names: Bool) throws(YuanjiaoError) -> CountyReport {
        let stations = context.stationFile.stations
        let listed = Set(stations.map(\.id))
        var rows: [CountyReport.StationMonth] = []
        var periodParts: [String: StationRatios] = [:]
        var plannedSessions: [String: Int] = [:]
        // Consecutive months: the members' table adds up each month's own table (the months' dates are disjoint,
        // so the sums are the period's counts) instead of reading and grouping the period's sign-ins again.
        let contiguous = zip(months, months.dropFirst()).allSatisfy { $0.adding(months: 1) == $1 }
        var memberMonths: [[AttendanceRates.MemberRate]] = []
        var handedIn: [String: Int] = [:]
        var reflecting: Set<String> = []
        var neighbourMonths: [YearMonth: [String: StationPlan]] = [:]
        for month in months {
            var plays: [String: [PlayMatcher.Play]] = [:]
            for record in try playLog(from: month.firstDay.description, to: month.adding(months: 1).firstDay.description) {
                guard let start = LogTime(parsing: record.start), let end = LogTime(parsing: record.end) else { continue }
                plays[record.station, default: []].append(PlayMatcher.Play(start: start, end: end, file: record.file))
            }
            let signInsBy = Dictionary(
                grouping: try attendance(from: month.firstDay.description, through: month.lastDay.description), by: \.station)
            let reflections = try Self.boundary {
                try catalogue.reflections(from: month.firstDay.description, through: month.lastDay.description)
            }
            if names, contiguous {
                for record in reflections {
                    reflecting.insert(record.station)
                    if record.handedIn { handedIn["\(record.station)|\(record.member)", default: 0] += 1 }
                }
            }
            var visitors: [String: Int] = [:]
            for record in try self.visitors(from: month.firstDay.description, through: month.lastDay.description) {
                visitors[record.station, default: 0] += record.visitors
            }
            let children = Dictionary(
                uniqueKeysWithValues: try childrenAttendance(from: month, through: month).map { ($0.station, $0) })
            let work = ReportMonth(
                month: month, stations: stations, plans: try Self.boundary { try catalogue.storedPlans(month: month.description) },
                plays: plays, signIns: signInsBy, reflections: Dictionary(grouping: reflections, by: \.station),
                members: context.stationFile.members, checker: PlanChecker(calendar: context.calendar),
                neighbours: try Self.boundary { try self.neighbours(of: stations, month: month, cache: &neighbourMonths) })
            var monthMembers: [AttendanceRates.MemberRate] = []
            for (station, result) in zip(stations, work.results()) {
                let computed = try Self.boundary { try result.get() }
                var row = computed.row
                row.visitors = visitors[station.id]
                row.childrenSessionsHeld = children[station.id]?.sessions
                row.childSignIns = children[station.id]?.signIns
                plannedSessions[station.id, default: 0] += row.sessionsPlanned
                periodParts[station.id, default: StationRatios()] = periodParts[station.id, default: StationRatios()].adding(computed.ratios)
                for index in row.topics.indices { row.topics[index].name = context.topicNames.label(row.topics[index].topic) }
                rows.append(row)
                if names, contiguous { monthMembers += computed.members }
            }
            if names, contiguous {
                // Members listed under a station the station file does not have still get their sign-ins counted.
                for (station, list) in context.stationFile.members where !listed.contains(station) {
                    monthMembers += AttendanceRates(records: signInsBy[station] ?? [], members: [station: list]).members
                }
                memberMonths.append(monthMembers)
            }
        }
        let period = months.count == 1 ? months[0].description : "\(months.first?.description ?? "")..\(months.last?.description ?? "")"
        var members: [AttendanceRates.MemberRate] = []
        if names, let first = months.first, let last = months.last {
            if contiguous {
                members = AttendanceRates.adding(memberMonths, order: context.stationFile.members)
            } else {
                members = try attendanceRates(context: context, from: first, through: last).members
                let records = try Self.boundary {
                    try catalogue.reflections(from: first.firstDay.description, through: last.lastDay.description)
                }
                for record in records {
                    reflecting.insert(record.station)
                    if record.handedIn { handedIn["\(record.station)|\(record.member)", default: 0] += 1 }
                }
            }
            for index in members.indices {
                let member = members[index]
                members[index].reflections = reflecting.contains(member.station) ? handedIn["\(member.station)|\(member.name)"] ?? 0 : nil
                members[index].plannedSessions = plannedSessions[member.station]
            }
        }
        var report = CountyReport(
            period: period, stations: rows, members: members,
            memberCounts: context.stationFile.members.mapValues(\.count))
        if months.count > 1 {
            let rowsBy = Dictionary(grouping: rows, by: \.station)
            report.periodRatios = stations.map { station in
                let own = rowsBy[station.id] ?? []
                return PeriodRatios(
                    station: station.id, name: station.name, months: own.count,
                    monthsWithoutLog: own.filter { $0.status == .noLog }.count, ratios: periodParts[station.id] ?? StationRatios())
            }
        }
        return report
    }
}
