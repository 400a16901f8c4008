/// One station's month as days with their remaining free time, and Monday–Sunday weeks; layer 1's working state.
struct MonthLayout {
    struct Day {
        let date: LocalDate
        let kind: DayKind
        let avoided: Bool
        /// Open hours minus school hours minus what sessions already took.
        var free: [DayInterval]
        var sessions: Int = 0
        var isOpenDay = false
        let week: Int

        var longestFree: DayInterval? {
            free.max { ($0.minutes, $1.start.minutes) < ($1.minutes, $0.start.minutes) }
        }
        var isSchoolDay: Bool { kind.isSchoolDay }
    }

    struct Week {
        /// 1 = the week holding the month's first day.
        let number: Int
        /// Indices into `days` of this week's dates inside the month.
        let days: Range<Int>
        /// Study minutes this week's part in the month must reach (see `StationRules.requiredMinutes(daysInMonth:
        /// neighbourMinutes:ownPartUsable:neighbourPartUsable:)`).
        let requiredMinutes: Int
        /// `第2周 12月7日–12月13日` (the dates inside the month).
        let label: String
    }

    let month: YearMonth
    var days: [Day]
    let weeks: [Week]

    init(
        month: YearMonth, rules: StationRules, calendar: HolidayCalendar, neighbours: NeighbourPlans = .none,
        minimumSessionMinutes: Int = PlannerOptions().minimumSessionMinutes
    ) {
        self.month = month
        let dates = month.days
        var weeks: [Week] = []
        var start = 0
        while start < dates.count {
            let end = min(dates.count, start + 8 - dates[start].weekday.rawValue)
            let number = weeks.count + 1
            let first = dates[start], last = dates[end - 1]
            let range = first == last ? first.chineseMonthDay : "\(first.chineseMonthDay)–\(last.chineseMonthDay)"
            let edge = EdgeWeek(holding: first, month: month)
            func usable(_ dates: some Sequence<LocalDate>) -> Bool {
                dates.contains { rules.canHoldWeeklySession(on: $0, calendar: calendar, minimumMinutes: minimumSessionMinutes) }
            }
            let required = rules.requiredMinutes(
                daysInMonth: end - start,
                neighbourMinutes: edge.outsideRange.flatMap { neighbours.studyMinutes(on: $0, before: edge.outsideBefore) },
                ownPartUsable: usable(dates[start..<end]), neighbourPartUsable: usable(edge.outside))
            weeks.append(Week(number: number, days: start..<end, requiredMinutes: required, label: "第\(number)周 \(range)"))
            start = end
        }
        self.weeks = weeks
        var days: [Day] = []
        days.reserveCapacity(dates.count)
        for week in weeks {
            for i in week.days {
                let date = dates[i]
                days.append(
                    Day(
                        date: date, kind: rules.dayKind(of: date, calendar: calendar),
                        avoided: rules.avoidDates.contains(date),
                        free: rules.freeIntervals(on: date, calendar: calendar), week: week.number))
            }
        }
        self.days = days
    }

    /// Takes `interval` out of day `index`'s free time.
    mutating func reserve(_ interval: DayInterval, on index: Int) {
        days[index].free = DayInterval.subtracting([interval], from: days[index].free)
        days[index].sessions += 1
    }

    /// A start for a `minutes`-long session in `free`: the first preferred time that fits exactly; otherwise the
    /// feasible start closest to a preferred time (earlier preferences win ties). Nil when no span is long enough.
    static func place(minutes: Int, in free: [DayInterval], preferring preferred: [TimeOfDay]) -> DayInterval? {
        var best: (distance: Int, start: Int)?
        for time in preferred {
            for span in free where span.minutes >= minutes {
                let start = min(max(time.minutes, span.start.minutes), span.end.minutes - minutes)
                let distance = abs(start - time.minutes)
                if let current = best, current.distance <= distance { continue }
                best = (distance, start)
            }
            if best?.distance == 0 { break }
        }
        if best == nil, let span = free.first(where: { $0.minutes >= minutes }) {
            best = (0, span.start.minutes)
        }
        return best.map { DayInterval(unchecked: $0.start, $0.start + minutes) }
    }
}
