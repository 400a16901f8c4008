/// The 快乐园 pass: places a station's children's activities into its month **after** the adults' plan, only in
/// time the adults leave free in each room and only when the children are out of school. The adults' plan is never
/// changed, so the adults' rules hold as `check` saw them; what cannot be placed is a declared relaxation.
///
/// Pure and deterministic, like `MonthPlanner`.
public struct ChildrenPlanner: Sendable {
    public let month: YearMonth
    public let calendar: HolidayCalendar
    public let pool: CoursePool

    public init(month: YearMonth, calendar: HolidayCalendar, pool: CoursePool) {
        self.month = month
        self.calendar = calendar
        self.pool = pool
    }

    /// Children's sessions for `station` around its adults' `sessions` of the month.
    public func plan(
        station: Station, programme: ChildrenProgramme, adults: [PlannedSession], history: StationHistory = .empty
    ) -> ChildrenPlan {
        let rules = station.rules
        let days = month.days.map { date in
            ChildrenDay(
                date: date, kind: rules.dayKind(of: date, calendar: calendar), vacation: rules.isVacation(date, calendar: calendar),
                free: rules.freeIntervals(on: date, calendar: calendar))
        }
        var pass = Pass(
            days: days, board: RoomBoard(adults: adults, room: station.room), stationRoom: station.room, programme: programme,
            films: FilmShelf(pool: pool, history: history, month: month, noRepeatMonths: rules.noRepeatMonths, adults: adults))
        // Fixed hours first (they have no choice), then the once-a-month events, then the weekly rhythms.
        let order = programme.activities.indices.sorted { a, b in
            Self.priority(programme.activities[a]) < Self.priority(programme.activities[b]) || (Self.priority(programme.activities[a]) == Self.priority(programme.activities[b]) && a < b)
        }
        for index in order {
            let activity = programme.activities[index]
            switch activity.kind {
            case .birthday: pass.placeBirthdays(index, month: month)
            case .visit: pass.placeVisits(index, month: month, calendar: calendar)
            default:
                if activity.perWeek > 0 { pass.placeWeekly(index) }
                if activity.perMonth > 0 { pass.placeMonthly(index, month: month) }
            }
        }
        pass.sessions.sort { ($0.date, $0.start, $0.activity, $0.group) < ($1.date, $1.start, $1.activity, $1.group) }
        return ChildrenPlan(sessions: pass.sessions, relaxations: pass.relaxations)
    }

    private static func priority(_ activity: ChildrenActivity) -> Int {
        if activity.hours != nil { return 0 }
        switch activity.kind {
        case .visit: return 1
        case .birthday: return 2
        default: return 3
        }
    }
}
