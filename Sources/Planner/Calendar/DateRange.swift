/// An inclusive range of dates, written `2026-09-01..2027-01-22` (a single date is a one-day range).
public struct DateRange: Sendable, Hashable, CustomStringConvertible {
    public let first: LocalDate
    public let last: LocalDate

    public init(first: LocalDate, last: LocalDate) throws(PlannerValueError) {
        guard first <= last else {
            throw PlannerValueError(
                input: "\(first)..\(last)", message: "结束日期早于开始日期，请写成 开始..结束，例如 2026-09-01..2027-01-22")
        }
        self.first = first
        self.last = last
    }

    public init(single date: LocalDate) {
        first = date
        last = date
    }

    /// Parses `YYYY-MM-DD..YYYY-MM-DD` or a single `YYYY-MM-DD`.
    public init(parsing text: String) throws(PlannerValueError) {
        let trimmed = String(text.trimmingWhitespace())
        guard let separator = trimmed.firstRange(of: "..") else {
            do {
                self.init(single: try LocalDate(parsing: trimmed))
            } catch {
                throw PlannerValueError(
                    input: text, message: "日期范围应写成 YYYY-MM-DD..YYYY-MM-DD，例如 2026-09-01..2027-01-22")
            }
            return
        }
        let start = try LocalDate(parsing: String(trimmed[..<separator.lowerBound]))
        let end = try LocalDate(parsing: String(trimmed[separator.upperBound...]))
        guard start <= end else {
            throw PlannerValueError(
                input: text, message: "结束日期早于开始日期，请写成 开始..结束，例如 2026-09-01..2027-01-22")
        }
        try self.init(first: start, last: end)
    }

    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    public func overlaps(_ other: DateRange) -> Bool { first <= other.last && other.first <= last }

    public var dayCount: Int { first.days(to: last) + 1 }

    /// Every date in the range, in order.
    public var dates: [LocalDate] { (0..<dayCount).map { first.adding(days: $0) } }

    public var description: String { first == last ? first.description : "\(first)..\(last)" }
}

extension DateRange: TextCodable {}
