/// The checker's own view of a station's month: which days are school days and each day's open and blocked
/// minutes. Deliberately not shared with the planner (`StationRules.dayKind`, `MonthLayout`): it works set-wise
/// from the calendar's lists, so a mistake in one path shows up as a disagreement with the other.
struct CheckerDays {
    let month: YearMonth
    /// Day numbers of the month's school days.
    let schoolDays: Set<Int>
    let avoided: Set<Int>
    let schoolDayOpen: MinuteMask
    let otherDayOpen: MinuteMask
    let schoolBlocked: MinuteMask
    let openDay: Weekday
    /// The longest open run outside school hours on a school day and on any other day, worked out once:
    /// `canHoldSession` is asked for every date of every week of every station-month a report judges.
    let schoolDayRun: Int
    let otherDayRun: Int

    init(month: YearMonth, rules: StationRules, calendar: HolidayCalendar) {
        self.month = month
        let first = month.firstDay.dayNumber
        let last = first + month.numberOfDays - 1
        func inTerm(_ n: Int) -> Bool { rules.terms.contains { $0.first.dayNumber <= n && n <= $0.last.dayNumber } }
        var school = Set<Int>()
        // Monday–Friday in term: 1970-01-05 (day 4) was a Monday.
        for n in first...last where ((n - 4) % 7 + 7) % 7 < 5 && inTerm(n) { school.insert(n) }
        for holiday in calendar.holidays {
            for range in holiday.dates {
                for n in stride(from: max(first, range.first.dayNumber), through: min(last, range.last.dayNumber), by: 1) {
                    school.remove(n)
                }
            }
        }
        for workday in calendar.workdays {
            let n = workday.date.dayNumber
            if first <= n, n <= last, inTerm(n) { school.insert(n) }
        }
        schoolDays = school
        avoided = Set(rules.avoidDates.map(\.dayNumber))
        schoolDayOpen = MinuteMask(rules.openHours.schoolDay.start.minutes, rules.openHours.schoolDay.end.minutes)
        otherDayOpen = MinuteMask(rules.openHours.otherDay.start.minutes, rules.openHours.otherDay.end.minutes)
        schoolBlocked = rules.schoolHours.reduce(MinuteMask.empty) {
            $0 | MinuteMask($1.start.minutes, $1.end.minutes)
        }
        openDay = rules.openDay
        schoolDayRun = schoolDayOpen.longestRun(outside: schoolBlocked)
        otherDayRun = otherDayOpen.longestRun(outside: .empty)
    }

    /// A day of this month that could hold a weekly session of `minutes`: not avoided, not the open day, and
    /// that many consecutive open minutes outside school hours.
    func canHoldSession(_ date: LocalDate, minutes: Int) -> Bool {
        guard date.weekday != openDay, !avoided.contains(date.dayNumber) else { return false }
        return (isSchoolDay(date) ? schoolDayRun : otherDayRun) >= minutes
    }

    func isSchoolDay(_ date: LocalDate) -> Bool { schoolDays.contains(date.dayNumber) }

    func open(on date: LocalDate) -> MinuteMask { isSchoolDay(date) ? schoolDayOpen : otherDayOpen }

    func blocked(on date: LocalDate) -> MinuteMask { isSchoolDay(date) ? schoolBlocked : .empty }

    /// Monday–Sunday weeks as (Monday's day number, the month's dates in that week).
    var weeks: [(monday: Int, dates: [LocalDate])] {
        var result: [(monday: Int, dates: [LocalDate])] = []
        for date in month.days {
            let monday = date.dayNumber - ((date.dayNumber - 4) % 7 + 7) % 7
            if result.last?.monday == monday {
                result[result.count - 1].dates.append(date)
            } else {
                result.append((monday, [date]))
            }
        }
        return result
    }
}
