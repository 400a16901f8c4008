/// `"kind"` of a children's session (DESIGN.md "快乐园").
public enum ChildrenSessionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case childrenClass = "children-class"
    case childrenFilm = "children-film"
    case familyVideo = "family-video"
    case birthday = "birthday"
    /// A holiday visit (慰问) on a festival the station file names (六一儿童节, 中秋节).
    case visit = "visit"

    /// The title when the station file gives none.
    public var defaultTitle: String {
        switch self {
        case .childrenClass: return "兴趣课"
        case .childrenFilm: return "少儿影视"
        case .familyVideo: return "亲情视频"
        case .birthday: return "集体生日会"
        case .visit: return "节日慰问"
        }
    }
}

/// One line of `children.activities` in the station file.
public struct ChildrenActivity: Sendable, Hashable {
    public var kind: ChildrenSessionKind
    public var title: String
    /// Sessions per Monday–Sunday week (0 with `perMonth`).
    public var perWeek: Int
    /// Sessions per month (birthday windows: the month split into this many parts).
    public var perMonth: Int
    public var minutes: Int
    /// nil: the station's room, the one adults study in.
    public var room: String?
    /// A computer class: at most `computers` children at a time, more children make more groups.
    public var needsComputers: Bool
    /// Only in school vacations and on public holidays (films in the summer).
    public var vacationsOnly: Bool
    /// Only on this weekday.
    public var weekday: Weekday?
    /// Fixed hours (亲情视频 14:00-17:00): the session starts and ends there or is not held that day.
    public var hours: DayInterval?
    /// For `visit`: the festivals (`儿童节`/`六一儿童节` is 1 June; others are holiday names of the calendar).
    public var festivals: [String]

    public init(
        kind: ChildrenSessionKind, title: String? = nil, perWeek: Int = 0, perMonth: Int = 0, minutes: Int = 60,
        room: String? = nil, needsComputers: Bool = false, vacationsOnly: Bool = false, weekday: Weekday? = nil,
        hours: DayInterval? = nil, festivals: [String] = []
    ) {
        self.kind = kind
        self.title = title ?? kind.defaultTitle
        // `weekday: sunday` alone means every Sunday.
        self.perWeek = weekday != nil && perWeek == 0 && perMonth == 0 ? 1 : perWeek
        self.perMonth = perMonth
        self.minutes = hours?.minutes ?? minutes
        self.room = room
        self.needsComputers = needsComputers
        self.vacationsOnly = vacationsOnly
        self.weekday = weekday
        self.hours = hours
        self.festivals = festivals
    }

    /// Whether `date` may hold this activity at all; `vacation` when it is outside every term or a public holiday.
    public func allows(_ date: LocalDate, vacation: Bool) -> Bool {
        if let weekday, date.weekday != weekday { return false }
        return !vacationsOnly || vacation
    }

    /// Sessions (per group) a Monday–Sunday week owes when `eligibleDays` of its days (inside the month, of a
    /// kind this activity allows) are available: all of `perWeek` for seven, a rounded share otherwise. The
    /// one formula the planner and the checker both use.
    public func required(eligibleDays: Int) -> Int {
        guard perWeek > 0, eligibleDays > 0 else { return 0 }
        if weekday != nil { return perWeek }
        if eligibleDays >= 7 { return perWeek }
        return (perWeek * eligibleDays * 2 + 7) / 14
    }
}

extension StationRules {
    /// A school vacation day (outside every term, weekends included) or a public holiday: when `vacations_only`
    /// activities may run.
    public func isVacation(_ date: LocalDate, calendar: HolidayCalendar) -> Bool {
        !terms.contains { $0.contains(date) } || calendar.holiday(on: date) != nil
    }
}

/// A station's `children:` block: the roster, the computers and the activities.
public struct ChildrenProgramme: Sendable, Hashable {
    public var roster: [Child]
    /// Computers in the room a computer class uses (`computers:` of the station).
    public var computers: Int
    public var activities: [ChildrenActivity]
    /// The station's phone for parents, printed on the 亲情视频 schedule.
    public var phone: String?

    public init(roster: [Child], computers: Int, activities: [ChildrenActivity], phone: String? = nil) {
        self.roster = roster
        self.computers = computers
        self.activities = activities
        self.phone = phone
    }
}
