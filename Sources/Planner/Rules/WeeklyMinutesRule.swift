/// 每周学习时长 as a value: which weeks it judges, what counts toward it, the threshold of each week and the
/// figure. `plan` (through `StationRules.requiredMinutes`), `check` and `report` all judge weeks with it.
///
/// - Period: Monday–Sunday weeks; a week cut by the month's edge is judged on its days inside the month, its
///   threshold prorated by `StationRules.requiredMinutes(daysInMonth:neighbourMinutes:ownPartUsable:
///   neighbourPartUsable:)` (one formula).
/// - Counts: the minutes of study-day and weekly sessions (a session's length, not the courses in it). The open
///   day and any other kind count toward nothing unless listed in `countedKinds`.
public struct WeeklyMinutesRule: Sendable, Hashable {
    /// Session kinds whose minutes count toward the week: listed explicitly, so a new kind counts for nothing.
    public static let countedKinds: Set<SessionKind> = [.studyDay, .weekly]

    public static func counts(_ kind: SessionKind) -> Bool { countedKinds.contains(kind) }

    /// The rule's figure for `sessions`: the minutes of those that count.
    public static func minutes(of sessions: some Sequence<PlannedSession>) -> Int {
        sessions.reduce(0) { counts($1.kind) ? $0 + max(0, $1.minutes) : $0 }
    }

    /// One week as the rule sees it: its dates inside the month, its figure and its threshold.
    public struct Week: Sendable, Hashable {
        public var monday: LocalDate
        /// The week's dates inside the month (1–7 of them).
        public var dates: [LocalDate]
        public var minutes: Int
        public var required: Int

        public var isMet: Bool { minutes >= required }
        public var first: LocalDate { dates.first ?? monday }
    }

    /// Every Monday–Sunday week of `month` judged over `sessions` (planned, or those held). `ownPartUsable` and
    /// `neighbourPartUsable` say whether a cut week's part in this month, or in the neighbouring one, has a day
    /// that can hold a weekly session; `neighbours` are the stored plans of the months either side.
    public static func weeks(
        of sessions: [PlannedSession], month: YearMonth, rules: StationRules, neighbours: NeighbourPlans,
        ownPartUsable: ([LocalDate]) -> Bool, neighbourPartUsable: ([LocalDate]) -> Bool
    ) -> [Week] {
        var minutesByMonday: [LocalDate: Int] = [:]
        for session in sessions where counts(session.kind) && month.contains(session.date) {
            minutesByMonday[session.date.mondayOfWeek, default: 0] += max(0, session.minutes)
        }
        var weeks: [Week] = []
        for date in month.days {
            let monday = date.mondayOfWeek
            if weeks.last?.monday == monday {
                weeks[weeks.count - 1].dates.append(date)
            } else {
                weeks.append(Week(monday: monday, dates: [date], minutes: minutesByMonday[monday] ?? 0, required: 0))
            }
        }
        for index in weeks.indices {
            let week = weeks[index]
            let edge = EdgeWeek(holding: week.first, month: month)
            weeks[index].required = rules.requiredMinutes(
                daysInMonth: week.dates.count,
                neighbourMinutes: edge.outsideRange.flatMap { neighbours.studyMinutes(on: $0, before: edge.outsideBefore) },
                ownPartUsable: ownPartUsable(week.dates),
                neighbourPartUsable: edge.outside.isEmpty || neighbourPartUsable(edge.outside))
        }
        return weeks
    }
}

/// 每月集中学习日 as a value: the month's study-day sessions, how many distinct dates they hold, and which of
/// them are shorter than the station's session length.
public struct StudyDaysRule: Sendable, Hashable {
    public static let countedKinds: Set<SessionKind> = [.studyDay]

    public var required: Int
    public var sessionMinutes: Int

    public init(rules: StationRules) {
        required = rules.studyDaysPerMonth
        sessionMinutes = rules.sessionMinutes
    }

    /// Distinct dates holding a study-day session, in date order.
    public func dates(of sessions: [PlannedSession]) -> [LocalDate] {
        Array(Set(sessions.filter { Self.countedKinds.contains($0.kind) }.map(\.date))).sorted()
    }

    /// Study-day sessions shorter than the rule's length.
    public func short(_ sessions: [PlannedSession]) -> [PlannedSession] {
        sessions.filter { Self.countedKinds.contains($0.kind) && $0.minutes < sessionMinutes }
    }
}
