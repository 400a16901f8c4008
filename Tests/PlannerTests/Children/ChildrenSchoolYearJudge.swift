import Planner

/// The parts of the school-year check that recompute a station's day in minutes from its rules, written here
/// apart from the planner's `RoomBoard` and `freeIntervals`: what was left free in a room once the month was planned,
/// and who a session is for.
enum ChildrenSchoolYearJudge {
    /// Free spans (minutes of the day) of `room` on `date` after the month was planned: the day's open hours, minus
    /// school hours on a school day, nothing on an avoid date, minus the adults' sessions in their room, minus every
    /// children's session (the children are one group of people, whatever the room).
    static func freeSpans(
        _ date: LocalDate, schoolDay: Bool, rules: StationRules, room: String, stationRoom: String,
        adults: [PlannedSession], children: [ChildrenSession]
    ) -> [(Int, Int)] {
        if rules.avoidDates.contains(date) { return [] }
        let open = schoolDay ? rules.openHours.schoolDay : rules.openHours.otherDay
        var taken = schoolDay ? rules.schoolHours.map { ($0.start.minutes, $0.end.minutes) } : []
        if room == stationRoom { taken += adults.filter { $0.date == date }.map { ($0.start.minutes, $0.end.minutes) } }
        taken += children.filter { $0.date == date }.map { ($0.start.minutes, $0.end.minutes) }
        var spans = [(open.start.minutes, open.end.minutes)]
        for (from, to) in taken {
            spans = spans.flatMap { span -> [(Int, Int)] in
                guard from < span.1, span.0 < to else { return [span] }
                return [(span.0, from), (to, span.1)].filter { $0.0 < $0.1 }
            }
        }
        return spans
    }

    /// Whether `minutes` fit in a span from a quarter-hour start (sessions begin on :00, :15, :30 or :45).
    static func fits(_ minutes: Int, in spans: [(Int, Int)]) -> Bool {
        spans.contains { span in
            let start = (span.0 + 14) / 15 * 15
            return start + minutes <= span.1
        }
    }

    /// Whether fixed hours (a 亲情视频 afternoon) lie inside one free span.
    static func fits(_ hours: DayInterval, in spans: [(Int, Int)]) -> Bool {
        spans.contains { $0.0 <= hours.start.minutes && hours.end.minutes <= $0.1 }
    }

    /// The roster's children whose birthday (29 February counting as 28 February in a common year) falls in `window`,
    /// as "name birth-date" lines, sorted.
    static func born(in window: DateRange, roster: [Child]) -> [String] {
        roster.filter { child in
            let days = [31, window.first.year % 4 == 0 && (window.first.year % 100 != 0 || window.first.year % 400 == 0) ? 29 : 28,
                        31, 30, 31, 30, 31, 31, 30, 31, 30, 31][child.birthDate.month - 1]
            let day = min(child.birthDate.day, days)
            return child.birthDate.month == window.first.month && window.first.day <= day && day <= window.last.day
        }.map { "\($0.name) \($0.birthDate)" }.sorted()
    }

    /// "name birth-date" lines of children, sorted: two namesakes stay two lines.
    static func lines(_ children: [Child]) -> [String] {
        children.map { "\($0.name) \($0.birthDate)" }.sorted()
    }
}
