/// A month of a year, the unit a plan covers (`--month 2026-12`).
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) throws(PlannerValueError) {
        guard (1...12).contains(month) else {
            throw PlannerValueError(
                input: "\(pad(year, 4))-\(pad(month, 2))", message: "月份必须在 1–12 之间，请写成 YYYY-MM，例如 2026-12")
        }
        self.init(unchecked: year, month)
    }

    init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init(parsing text: String) throws(PlannerValueError) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            let y = Int(parts[0]), let m = Int(parts[1])
        else {
            throw PlannerValueError(input: text, message: "月份应写成 YYYY-MM，例如 2026-12")
        }
        try self.init(year: y, month: m)
    }

    /// Months since year 0, so windows such as “the previous 12 months” are subtractions.
    public var monthIndex: Int { year * 12 + month - 1 }

    public init(monthIndex: Int) {
        let year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        self.init(unchecked: year, monthIndex - year * 12 + 1)
    }

    public func adding(months: Int) -> YearMonth { YearMonth(monthIndex: monthIndex + months) }

    public var numberOfDays: Int { LocalDate.daysInMonth(year: year, month: month) }
    public var firstDay: LocalDate { LocalDate(unchecked: year, month, 1) }
    public var lastDay: LocalDate { LocalDate(unchecked: year, month, numberOfDays) }

    /// Every date of the month, in order.
    public var days: [LocalDate] {
        let first = firstDay.dayNumber
        return (0..<numberOfDays).map { LocalDate(dayNumber: first + $0) }
    }

    public func contains(_ date: LocalDate) -> Bool { date.year == year && date.month == month }

    /// `YYYY-MM`.
    public var description: String { "\(pad(year, 4))-\(pad(month, 2))" }

    /// `2026年12月`.
    public var chineseName: String { "\(year)年\(month)月" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.monthIndex < rhs.monthIndex }
}

extension YearMonth: TextCodable {}
