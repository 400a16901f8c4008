import Planner

/// `yuanjiao report`: how each station did against its plan and the rules. Missing data is never zero:
/// a station-month without a play log is `no-log` and its held figures are nil.
public struct CountyReport: Sendable, Hashable, Codable {
    /// 绿 on track, 黄 behind, 红 far behind, and "no log received" as its own state.
    public enum Status: String, Sendable, Hashable, Codable {
        case green, yellow, red
        case noLog = "no-log"

        public var chineseName: String {
            switch self {
            case .green: return "绿"
            case .yellow: return "黄"
            case .red: return "红"
            case .noLog: return "未收到播放记录"
            }
        }
    }

    /// How a week stands by `WeeklyMinutesRule` on what was held; `"status"` of a week in JSON.
    public enum WeekStatus: String, Sendable, Hashable, Codable {
        case met
        /// Short, but the plan declared that week's shortfall when it was made (已说明).
        case explained
        case short

        public var chineseName: String {
            switch self {
            case .met: return "达标"
            case .explained: return "已说明"
            case .short: return "未达标"
            }
        }
    }

    public struct Week: Sendable, Hashable, Codable {
        /// The week's Monday.
        public var monday: String
        /// Minutes of held study-day and weekly sessions in the week's days inside the month (nil with no log).
        public var minutes: Int?
        /// The rule's threshold for the week's days inside the month (prorated for a cut week).
        public var required: Int
        public var status: WeekStatus?
    }

    public struct Topic: Sendable, Hashable, Codable {
        public var topic: String
        public var plannedMinutes: Int
        public var playedMinutes: Int?
        /// The topic's Chinese label from `Catalog/topics.yaml` (政策理论), for people reading the report.
        public var name: String?
    }

    public struct StationMonth: Sendable, Hashable, Codable {
        public var station: String
        public var name: String
        public var month: String
        public var status: Status
        public var sessionsPlanned: Int
        public var sessionsHeld: Int?
        /// Dates of planned study-day and weekly sessions not held (nil with no log).
        public var missedDates: [String]?
        public var openDaysPlanned: Int
        public var openDaysKept: Int?
        public var weeks: [Week]
        public var topics: [Topic]
        public var unplannedMinutes: Int?
        /// Members present over members expected across the month's recorded sessions; nil with no sheet.
        public var attendanceRate: Double?
        /// Non-member villagers (群众) counted at the month's sessions; nil when no count was recorded.
        public var visitors: Int?
        /// 开机率, 使用率, 心得率 (see `MonitoringRatio`); nil for no log or no sheet, written as JSON null.
        public var powerOnRate: Double?
        public var usageRate: Double?
        public var reflectionRate: Double?
        /// 快乐园 sessions with at least one child signed in, and child sign-ins, from returned children's sheets;
        /// nil when none was imported. Counts only: a child's name never reaches the county report.
        public var childrenSessionsHeld: Int? = nil
        public var childSignIns: Int? = nil
    }

    public var period: String
    public var stations: [StationMonth]
    /// The year-end table: per member 出勤率, names only with `--names` (otherwise empty, see `memberCounts`).
    public var members: [AttendanceRates.MemberRate]
    /// Members per station, always present, for a county report without names.
    public var memberCounts: [String: Int]
    /// Each station's ratios over the whole period (a year report); empty for one month.
    public var periodRatios: [PeriodRatios] = []

    public var statusCounts: [Status: Int] { Dictionary(grouping: stations, by: \.status).mapValues(\.count) }
}

/// Builds one station-month from its plan, its matched plays and its attendance; rules are judged by
/// `HeldJudgement`. Pure.
enum StationMonthBuilder {
    static func build(
        station: Station, month: YearMonth, plan: StationPlan?, plays: [PlayMatcher.Play], attendance: AttendanceRates,
        checker: PlanChecker, neighbours: NeighbourPlans = .none
    ) -> CountyReport.StationMonth {
        let sessions = plan?.sessions ?? []
        let study = sessions.filter { $0.kind != .openDay }
        let openDays = sessions.filter { $0.kind == .openDay }
        let planned = study.count
        var topicPlanned: [String: Int] = [:]
        for item in sessions.filter({ WeeklyMinutesRule.counts($0.kind) }).flatMap(\.items) {
            topicPlanned[item.topic, default: 0] += item.durationSeconds
        }
        guard !plays.isEmpty else {
            return CountyReport.StationMonth(
                station: station.id, name: station.name, month: month.description, status: .noLog, sessionsPlanned: planned,
                sessionsHeld: nil, openDaysPlanned: openDays.count, openDaysKept: nil,
                weeks: HeldJudgement.plannedWeeks(station: station, month: month, plan: plan, checker: checker, neighbours: neighbours),
                topics: topicPlanned.keys.sorted().map { .init(topic: $0, plannedMinutes: topicPlanned[$0]! / 60, playedMinutes: nil) },
                unplannedMinutes: nil, attendanceRate: rate(attendance, station: station.id))
        }
        let attended = Set(attendance.sessions.filter { $0.station == station.id && $0.present > 0 }.compactMap {
            try? LocalDate(parsing: $0.date)
        })
        let judgement = HeldJudgement(
            station: station, month: month, plan: plan, plays: plays, attendedDates: attended, checker: checker,
            neighbours: neighbours)
        let matches = PlayMatcher.match(station: station.id, plan: plan, plays: plays)
        let playDates = Set(plays.map(\.start.date))
        let topicPlayed = heldTopicSeconds(sessions: sessions, matches: matches)
        let held = planned - judgement.missed.count
        let kept = openDays.filter { playDates.contains($0.date) }.count
        let status: CountyReport.Status
        if judgement.allMet && kept >= openDays.count {
            status = .green
        } else if planned > 0 && held * 2 < planned {
            status = .red
        } else {
            status = .yellow
        }
        var row = CountyReport.StationMonth(
            station: station.id, name: station.name, month: month.description, status: status, sessionsPlanned: planned,
            sessionsHeld: held, openDaysPlanned: openDays.count, openDaysKept: kept, weeks: judgement.weeks,
            topics: Set(topicPlanned.keys).union(topicPlayed.keys).sorted().map {
                .init(topic: $0, plannedMinutes: (topicPlanned[$0] ?? 0) / 60, playedMinutes: (topicPlayed[$0] ?? 0) / 60)
            },
            unplannedMinutes: matches.filter { $0.outcome == .unplanned }.reduce(0) { $0 + $1.playedSeconds } / 60,
            attendanceRate: rate(attendance, station: station.id))
        row.missedDates = judgement.missed.map(\.date.description)
        return row
    }

    /// Per topic, held seconds by the topic rule's measure (`PlanChecker.checkFill`): planned item minutes of the
    /// study-day and weekly sessions — an item played in full counts its planned length (a log a few seconds short
    /// still reads 120/120), one played in part what was played, and an open-day loop's replays nothing, as the
    /// open day counts toward no rule. `matches` are `PlayMatcher.match`'s, planned items first in plan order.
    static func heldTopicSeconds(sessions: [PlannedSession], matches: [PlayMatch]) -> [String: Int] {
        var seconds: [String: Int] = [:]
        let planned = sessions.lazy.flatMap { session in session.items.lazy.map { (session.kind, $0) } }
        for ((kind, item), match) in zip(planned, matches) where WeeklyMinutesRule.counts(kind) {
            switch match.outcome {
            case .played: seconds[item.topic, default: 0] += item.durationSeconds
            case .partlyPlayed: seconds[item.topic, default: 0] += min(match.playedSeconds, item.durationSeconds)
            case .notPlayed, .unplanned: continue
            }
        }
        return seconds
    }

    static func rate(_ attendance: AttendanceRates, station: String) -> Double? {
        let sessions = attendance.sessions.filter { $0.station == station }
        let expected = sessions.reduce(0) { $0 + $1.members }
        guard expected > 0 else { return nil }
        return Double(sessions.reduce(0) { $0 + $1.present }) / Double(expected)
    }
}

extension CountyReport.StationMonth {
    private enum CodingKeys: String, CodingKey {
        case station, name, month, status, sessionsPlanned, sessionsHeld, openDaysPlanned, openDaysKept, weeks, topics
        case unplannedMinutes, attendanceRate, visitors, powerOnRate, usageRate, reflectionRate, childrenSessionsHeld, childSignIns
    }

    /// As synthesized, except that the four monitoring ratios are always written, null for no log.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(station, forKey: .station)
        try c.encode(name, forKey: .name)
        try c.encode(month, forKey: .month)
        try c.encode(status, forKey: .status)
        try c.encode(sessionsPlanned, forKey: .sessionsPlanned)
        try c.encodeIfPresent(sessionsHeld, forKey: .sessionsHeld)
        try c.encode(openDaysPlanned, forKey: .openDaysPlanned)
        try c.encodeIfPresent(openDaysKept, forKey: .openDaysKept)
        try c.encode(weeks, forKey: .weeks)
        try c.encode(topics, forKey: .topics)
        try c.encodeIfPresent(unplannedMinutes, forKey: .unplannedMinutes)
        try c.encodeIfPresent(visitors, forKey: .visitors)
        try c.encodeIfPresent(childrenSessionsHeld, forKey: .childrenSessionsHeld)
        try c.encodeIfPresent(childSignIns, forKey: .childSignIns)
        for ratio in MonitoringRatio.allCases {
            try c.encode(self[ratio], forKey: CodingKeys(stringValue: ratio.jsonKey)!)
        }
    }
}
