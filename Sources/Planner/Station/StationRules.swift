/// Every rule of a station file that the planner obeys; the station file's `defaults` merged with the station's
/// own overrides by the application layer.
public struct StationRules: Sendable, Hashable {
    /// Blocked on school days (`school_hours`).
    public var schoolHours: [DayInterval]
    /// School terms (`terms`); outside them every day is a vacation day.
    public var terms: [DateRange]
    public var openHours: OpenHours
    public var studyDaysPerMonth: Int
    /// Minimum study minutes per Monday–Sunday week; prorated for weeks cut by the month's edge
    /// (see `StationRules.requiredMinutes(daysInMonth:)`).
    public var weeklyMinutes: Int
    /// Length of a concentrated study day's session.
    public var sessionMinutes: Int
    public var openDay: Weekday
    /// Topic weights in the order written; the order breaks ties.
    public var topics: [TopicWeight]
    /// A course shown in any of the previous `noRepeatMonths` calendar months is not shown again.
    public var noRepeatMonths: Int
    /// Days with no session at all (market days, village events).
    public var avoidDates: [LocalDate]
    /// When not empty, only courses whose audience is listed (or unset) are used.
    public var audiences: [String]
    /// Documents a study day hands out as reading material (`materials_per_study_day`).
    public var materialsPerStudyDay: Int = MaterialPicker.defaultPerStudyDay

    public init(
        schoolHours: [DayInterval], terms: [DateRange], openHours: OpenHours, studyDaysPerMonth: Int,
        weeklyMinutes: Int, sessionMinutes: Int, openDay: Weekday, topics: [TopicWeight], noRepeatMonths: Int,
        avoidDates: [LocalDate] = [], audiences: [String] = []
    ) {
        self.schoolHours = schoolHours
        self.terms = terms
        self.openHours = openHours
        self.studyDaysPerMonth = studyDaysPerMonth
        self.weeklyMinutes = weeklyMinutes
        self.sessionMinutes = sessionMinutes
        self.openDay = openDay
        self.topics = topics
        self.noRepeatMonths = noRepeatMonths
        self.avoidDates = avoidDates
        self.audiences = audiences
    }

    /// The `defaults` block of DESIGN.md's station file.
    public static let standard = StationRules(
        schoolHours: [DayInterval(unchecked: 8 * 60, 11 * 60 + 50), DayInterval(unchecked: 14 * 60, 17 * 60)],
        terms: [
            DateRange(unchecked: LocalDate(unchecked: 2026, 9, 1), LocalDate(unchecked: 2027, 1, 22)),
            DateRange(unchecked: LocalDate(unchecked: 2027, 2, 22), LocalDate(unchecked: 2027, 7, 2)),
        ],
        openHours: OpenHours(
            schoolDay: DayInterval(unchecked: 18 * 60 + 30, 21 * 60 + 30),
            otherDay: DayInterval(unchecked: 8 * 60 + 30, 21 * 60 + 30)),
        studyDaysPerMonth: 2, weeklyMinutes: 120, sessionMinutes: 120, openDay: .saturday,
        topics: [
            TopicWeight(topic: "policy", weight: 1), TopicWeight(topic: "law", weight: 1),
            TopicWeight(topic: "ethics", weight: 1), TopicWeight(topic: "agritech", weight: 2),
        ],
        noRepeatMonths: 12)

    /// Study minutes a Monday–Sunday week must reach when `daysInMonth` of its days fall inside the planned month.
    ///
    /// A whole week needs `weekly_minutes`. A week cut by the month's edge needs its share,
    /// `daysInMonth / 7 × weekly_minutes`, **rounded up to a multiple of 15 minutes** (and never more than
    /// `weekly_minutes`): with 120 minutes a week, 1 day → 30, 2 → 45, 3 → 60, 4 → 75, 5 → 90, 6 → 105, 7 → 120.
    /// The other month's plan covers the rest of that week, so the two parts add up to at least a full week.
    public func requiredMinutes(daysInMonth: Int) -> Int {
        guard daysInMonth < 7 else { return weeklyMinutes }
        guard daysInMonth > 0, weeklyMinutes > 0 else { return 0 }
        let quarterHours = (daysInMonth * weeklyMinutes + 7 * 15 - 1) / (7 * 15)
        return min(weeklyMinutes, quarterHours * 15)
    }
}

/// `open_hours`: when the station room is open, on school days and on every other day.
public struct OpenHours: Sendable, Hashable, Codable {
    public var schoolDay: DayInterval
    public var otherDay: DayInterval

    public init(schoolDay: DayInterval, otherDay: DayInterval) {
        self.schoolDay = schoolDay
        self.otherDay = otherDay
    }

    enum CodingKeys: String, CodingKey {
        case schoolDay = "school_day"
        case otherDay = "other_day"
    }
}

/// One entry of `topics: {policy: 1, law: 1}`.
public struct TopicWeight: Sendable, Hashable, Codable {
    public var topic: String
    public var weight: Double

    public init(topic: String, weight: Double) {
        self.topic = topic
        self.weight = weight
    }
}

extension DateRange {
    init(unchecked first: LocalDate, _ last: LocalDate) {
        do {
            try self.init(first: first, last: last)
        } catch {
            self.init(single: first)
        }
    }
}
