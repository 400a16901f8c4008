/// A country's public holidays and adjusted working days (调休上班) for one or more years.
///
/// Built from `Catalog/calendars/*.yaml` by the application layer (see `HolidayCalendarDocument`).
public struct HolidayCalendar: Sendable, Hashable {
    /// One named holiday period, e.g. 国庆节 2026-10-01..2026-10-07.
    public struct Holiday: Sendable, Hashable, Codable {
        public var name: String
        public var dates: [DateRange]

        public init(name: String, dates: [DateRange]) {
            self.name = name
            self.dates = dates
        }
    }

    /// A Saturday or Sunday that is worked (and taught) to make up for a holiday.
    public struct AdjustedWorkday: Sendable, Hashable, Codable {
        public var name: String
        public var date: LocalDate

        public init(name: String, date: LocalDate) {
            self.name = name
            self.date = date
        }
    }

    public let id: String
    public let name: String
    public let holidays: [Holiday]
    public let workdays: [AdjustedWorkday]
    // Keyed by day number: lookups only, never iterated into output.
    private let holidayNames: [Int: String]
    private let workdayNames: [Int: String]

    /// Throws when one date is both a holiday and an adjusted working day, or listed twice.
    public init(id: String, name: String, holidays: [Holiday], workdays: [AdjustedWorkday]) throws(PlannerValueError) {
        var holidayNames: [Int: String] = [:]
        for holiday in holidays {
            for date in holiday.dates.flatMap(\.dates) {
                if let other = holidayNames[date.dayNumber] {
                    throw PlannerValueError(
                        input: date.description, message: "\(date) 同时列在“\(other)”和“\(holiday.name)”两个假期里，只能写一次")
                }
                holidayNames[date.dayNumber] = holiday.name
            }
        }
        var workdayNames: [Int: String] = [:]
        for workday in workdays {
            if let holiday = holidayNames[workday.date.dayNumber] {
                throw PlannerValueError(
                    input: workday.date.description,
                    message: "\(workday.date) 既是“\(holiday)”假日又是调休上班日“\(workday.name)”，请删去其中一处")
            }
            if workdayNames[workday.date.dayNumber] != nil {
                throw PlannerValueError(input: workday.date.description, message: "调休上班日 \(workday.date) 重复列出")
            }
            workdayNames[workday.date.dayNumber] = workday.name
        }
        self.id = id
        self.name = name
        self.holidays = holidays
        self.workdays = workdays
        self.holidayNames = holidayNames
        self.workdayNames = workdayNames
    }

    /// No holidays at all: every Monday–Friday in term is a school day.
    public static let empty: HolidayCalendar = {
        do {
            return try HolidayCalendar(id: "none", name: "无节假日", holidays: [], workdays: [])
        } catch {
            preconditionFailure("an empty calendar cannot conflict")
        }
    }()

    /// One calendar out of several (a station file may list `CN-2026` and `CN-2027`); ids joined with `+`.
    public static func merging(_ calendars: [HolidayCalendar]) throws(PlannerValueError) -> HolidayCalendar {
        guard calendars.count != 1 else { return calendars[0] }
        return try HolidayCalendar(
            id: calendars.map(\.id).joined(separator: "+"),
            name: calendars.map(\.name).joined(separator: "、"),
            holidays: calendars.flatMap(\.holidays),
            workdays: calendars.flatMap(\.workdays))
    }

    /// The holiday's name when `date` is a public holiday.
    public func holiday(on date: LocalDate) -> String? { holidayNames[date.dayNumber] }

    /// The reason when `date` is an adjusted working day (调休上班).
    public func adjustedWorkday(on date: LocalDate) -> String? { workdayNames[date.dayNumber] }

    public static func == (lhs: HolidayCalendar, rhs: HolidayCalendar) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.holidays == rhs.holidays && lhs.workdays == rhs.workdays
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(holidays)
        hasher.combine(workdays)
    }
}
