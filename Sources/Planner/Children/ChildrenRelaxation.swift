/// A children's activity the planner could not place in full, as data; `check` accepts exactly this shortfall.
public struct ChildrenRelaxation: Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Hashable, Codable {
        /// No free time out of school and out of the adults' way was left (that week, that day or that window).
        case noFreeTime = "no-free-time"
        /// No film of topic `children` left outside the no-repeat window, or none short enough.
        case noFilms = "no-films"
        /// Fixed hours that fall in school time, outside open hours or on an avoid date.
        case fixedHoursUnavailable = "fixed-hours-unavailable"
        /// The festival of a visit is not in this month's calendar.
        case festivalNotFound = "festival-not-found"
    }

    public var activity: Int
    public var kind: ChildrenSessionKind
    public var title: String
    public var reason: Reason
    /// The Monday of the week concerned (weekly rhythms), else nil.
    public var week: LocalDate?
    /// The day or the first day of the window concerned, else nil.
    public var date: LocalDate?
    /// Sessions owed and placed (groups counted one by one).
    public var needed: Int
    public var placed: Int

    public init(
        activity: Int, kind: ChildrenSessionKind, title: String, reason: Reason, week: LocalDate? = nil,
        date: LocalDate? = nil, needed: Int, placed: Int
    ) {
        self.activity = activity
        self.kind = kind
        self.title = title
        self.reason = reason
        self.week = week
        self.date = date
        self.needed = needed
        self.placed = placed
    }

    /// `快乐园“电脑基础”12月7日起的一周应排 5 场，只排下 3 场：上学日晚上和周末的空闲时间已被成人学习占满`.
    public var chineseText: String {
        let when: String
        if let week {
            when = "\(week.chineseMonthDay)起的一周"
        } else if let date {
            when = date.chineseMonthDay
        } else {
            when = "本月"
        }
        let why: String
        switch reason {
        case .noFreeTime: why = "孩子放学后、周末和假期的开放时间里，同一教室已被成人学习或其他快乐园活动占满"
        case .noFilms: why = "少儿（children）主题中没有不重复且长度合适的影片，请添加少儿影片或缩短 no_repeat_months"
        case .fixedHoursUnavailable: why = "规定的时段落在上课时间、开放时间以外、回避日期，或教室已被占用"
        case .festivalNotFound: why = "本月日历中没有这个节日"
        }
        return "快乐园“\(title)”\(when)应排 \(needed) 场，只排下 \(placed) 场：\(why)"
    }
}
