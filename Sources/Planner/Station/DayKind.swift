/// What a date is for a station, by DESIGN.md's rule: a school day is a Monday–Friday inside a term that is not
/// a public holiday, or an adjusted working day (调休上班) inside a term.
public enum DayKind: Sendable, Hashable {
    case schoolDay
    /// A Saturday or Sunday worked (and taught) in place of a holiday: a school day.
    case adjustedWorkday(String)
    case weekend
    case publicHoliday(String)
    /// Outside every term (winter and summer vacation), including adjusted working days that fall there.
    case vacation

    public var isSchoolDay: Bool {
        switch self {
        case .schoolDay, .adjustedWorkday: return true
        case .weekend, .publicHoliday, .vacation: return false
        }
    }

    /// `上学日`, `调休上课日（国庆节调休）`, `周末`, `国庆节`, `假期`: for reasons and notices.
    public var chineseLabel: String {
        switch self {
        case .schoolDay: return "上学日"
        case .adjustedWorkday(let name): return "调休上课日（\(name)）"
        case .weekend: return "周末"
        case .publicHoliday(let name): return name
        case .vacation: return "学校假期"
        }
    }
}

extension StationRules {
    /// The kind of `date` for this station's terms under `calendar`.
    public func dayKind(of date: LocalDate, calendar: HolidayCalendar) -> DayKind {
        let inTerm = terms.contains { $0.contains(date) }
        if let name = calendar.adjustedWorkday(on: date) {
            return inTerm ? .adjustedWorkday(name) : .vacation
        }
        if let name = calendar.holiday(on: date) { return .publicHoliday(name) }
        if date.weekday.isWeekend { return .weekend }
        return inTerm ? .schoolDay : .vacation
    }

    /// The free spans of `date`: the day's open hours minus school hours on a school day; empty on an avoid date.
    public func freeIntervals(on date: LocalDate, calendar: HolidayCalendar) -> [DayInterval] {
        if avoidDates.contains(date) { return [] }
        if dayKind(of: date, calendar: calendar).isSchoolDay {
            return DayInterval.subtracting(schoolHours, from: [openHours.schoolDay])
        }
        return [openHours.otherDay]
    }
}
