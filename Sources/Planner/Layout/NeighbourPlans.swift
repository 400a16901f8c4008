/// One station's stored plans of the months before and after the one being planned or checked: a Monday–Sunday
/// week cut by the month's edge is planned and checked whole, counting the sessions the neighbour already holds.
public struct NeighbourPlans: Sendable, Hashable {
    public var previous: StationPlan?
    public var next: StationPlan?

    public init(previous: StationPlan? = nil, next: StationPlan? = nil) {
        self.previous = previous
        self.next = next
    }

    public static let none = NeighbourPlans()

    /// Study minutes (open days do not count) the neighbouring month's plan holds on `dates`; nil when that
    /// neighbour has no stored plan. `before` picks the previous month's plan, otherwise the next month's.
    public func studyMinutes(on dates: ClosedRange<LocalDate>, before: Bool) -> Int? {
        guard let plan = before ? previous : next else { return nil }
        return WeeklyMinutesRule.minutes(of: plan.sessions.filter { dates.contains($0.date) })
    }
}

/// A Monday–Sunday week seen from one month: its dates inside the month and those in the neighbouring month.
public struct EdgeWeek: Sendable, Hashable {
    public let monday: LocalDate
    /// The week's dates in the neighbouring month (empty for a whole week).
    public let outside: [LocalDate]
    /// True when the outside dates belong to the previous month.
    public let outsideBefore: Bool

    /// The week holding `date`, cut by `month`'s edge.
    public init(holding date: LocalDate, month: YearMonth) {
        let monday = date.mondayOfWeek
        let outside = (0..<7).map { monday.adding(days: $0) }.filter { !month.contains($0) }
        self.monday = monday
        self.outside = outside
        outsideBefore = outside.first.map { $0 < month.firstDay } ?? false
    }

    public var outsideRange: ClosedRange<LocalDate>? {
        guard let first = outside.first, let last = outside.last else { return nil }
        return first...last
    }
}

extension StationRules {
    /// Study minutes the part of a Monday–Sunday week inside the month must hold: the one definition `plan` and
    /// `check` share.
    ///
    /// A whole week needs `weekly_minutes`. A week cut by the month's edge needs what the neighbouring month's
    /// stored plan leaves (`neighbourMinutes`). When the neighbour has no stored plan: nothing if this month's
    /// part has no day that can hold a session (the neighbour will carry the week), the whole week if the
    /// neighbour's part has none, and otherwise the prorated share `requiredMinutes(daysInMonth:)`.
    public func requiredMinutes(
        daysInMonth: Int, neighbourMinutes: Int?, ownPartUsable: Bool, neighbourPartUsable: Bool
    ) -> Int {
        guard daysInMonth < 7 else { return weeklyMinutes }
        if let neighbourMinutes { return max(0, weeklyMinutes - neighbourMinutes) }
        if !ownPartUsable { return 0 }
        if !neighbourPartUsable { return weeklyMinutes }
        return requiredMinutes(daysInMonth: daysInMonth)
    }

    /// Whether `date` could hold a weekly session of `minimumMinutes`: not avoided, not the open day, and a
    /// long enough free span.
    public func canHoldWeeklySession(on date: LocalDate, calendar: HolidayCalendar, minimumMinutes: Int) -> Bool {
        guard date.weekday != openDay else { return false }
        return freeIntervals(on: date, calendar: calendar).contains { $0.minutes >= minimumMinutes }
    }
}
