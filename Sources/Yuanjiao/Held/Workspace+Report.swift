import Catalogue
import Foundation
public import Planner

extension Workspace {
    /// `yuanjiao report`: each station's months in `months` against plan and rules, and the members'
    /// 出勤率 over the whole period (names only when `names`).
    public func countyReport(context: PlanningContext, months: [YearMonth], names: Bool) throws(YuanjiaoError) -> CountyReport {
        let stations = context.stationFile.stations
        var rows: [CountyReport.StationMonth] = []
        var periodParts: [String: StationRatios] = [:]
        var plannedSessions: [String: Int] = [:]
        // Consecutive months: the members' table reuses each month's sign-ins and sheets instead of reading the period again.
        let contiguous = zip(months, months.dropFirst()).allSatisfy { $0.adding(months: 1) == $1 }
        var periodSignIns: [AttendanceRecord] = []
        var periodReflections: [ReflectionRecord] = []
        var neighbourMonths: [YearMonth: [String: StationPlan]] = [:]
        let memberNames = context.stationFile.members.mapValues { Set($0.map(\.name)) }
        for month in months {
            var plays: [String: [PlayMatcher.Play]] = [:]
            for record in try playLog(from: month.firstDay.description, to: month.adding(months: 1).firstDay.description) {
                guard let start = LogTime(parsing: record.start), let end = LogTime(parsing: record.end) else { continue }
                plays[record.station, default: []].append(PlayMatcher.Play(start: start, end: end, file: record.file))
            }
            let signIns = try attendance(from: month.firstDay.description, through: month.lastDay.description)
            let signInsBy = Dictionary(grouping: signIns, by: \.station)
            let reflections = try Self.boundary {
                try catalogue.reflections(from: month.firstDay.description, through: month.lastDay.description)
            }
            let reflectionsBy = Dictionary(grouping: reflections, by: \.station)
            if names, contiguous {
                periodSignIns += signIns
                periodReflections += reflections
            }
            var visitors: [String: Int] = [:]
            for record in try self.visitors(from: month.firstDay.description, through: month.lastDay.description) {
                visitors[record.station, default: 0] += record.visitors
            }
            let children = Dictionary(
                uniqueKeysWithValues: try childrenAttendance(from: month, through: month).map { ($0.station, $0) })
            let checker = PlanChecker(calendar: context.calendar)
            let edges = try Self.boundary { try self.neighbours(of: stations, month: month, cache: &neighbourMonths) }
            let decoded = try Self.boundary { try storedPlans(month, stationIDs: stations.map(\.id)) }
            for (position, station) in stations.enumerated() {
                let plan = try Self.boundary { try decoded[position]?.get() }
                var row = StationMonthBuilder.build(
                    station: station, month: month, plan: plan, plays: plays[station.id] ?? [],
                    attendance: AttendanceRates(
                        records: signInsBy[station.id] ?? [],
                        members: [station.id: context.stationFile.members[station.id] ?? []]),
                    checker: checker, neighbours: edges[station.id] ?? .none)
                row.visitors = visitors[station.id]
                row.childrenSessionsHeld = children[station.id]?.sessions
                row.childSignIns = children[station.id]?.signIns
                let ratios = RatioCalculator.ratios(
                    plan: plan, plays: plays[station.id] ?? [], signIns: signInsBy[station.id] ?? [],
                    reflections: reflectionsBy[station.id] ?? [], members: memberNames[station.id] ?? [])
                row.apply(ratios)
                plannedSessions[station.id, default: 0] += row.sessionsPlanned
                periodParts[station.id, default: StationRatios()] = periodParts[station.id, default: StationRatios()].adding(ratios)
                for index in row.topics.indices { row.topics[index].name = context.topicNames.label(row.topics[index].topic) }
                rows.append(row)
            }
        }
        let period = months.count == 1 ? months[0].description : "\(months.first?.description ?? "")..\(months.last?.description ?? "")"
        var members: [AttendanceRates.MemberRate] = []
        if names, let first = months.first, let last = months.last {
            members = contiguous
                ? AttendanceRates(records: periodSignIns, members: context.stationFile.members).members
                : try attendanceRates(context: context, from: first, through: last).members
            let handedIn = contiguous
                ? periodReflections
                : try Self.boundary { try catalogue.reflections(from: first.firstDay.description, through: last.lastDay.description) }
            let reflecting = Set(handedIn.map(\.station))
            var counts: [String: Int] = [:]
            for record in handedIn where record.handedIn { counts["\(record.station)|\(record.member)", default: 0] += 1 }
            for index in members.indices {
                let member = members[index]
                members[index].reflections = reflecting.contains(member.station) ? counts["\(member.station)|\(member.name)"] ?? 0 : nil
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
