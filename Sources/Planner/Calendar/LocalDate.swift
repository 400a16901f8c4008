/// A calendar date in the county's local time, with no time zone attached.
///
/// Proleptic Gregorian arithmetic on a day number (days since 1970-01-01), after Howard Hinnant's
/// `days_from_civil`: Foundation's `Calendar` would drag a time zone into a pure computation.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// Days since 1970-01-01 (negative before).
    public let dayNumber: Int

    /// Throws when the day does not exist, e.g. 2026-02-29.
    public init(year: Int, month: Int, day: Int) throws(PlannerValueError) {
        // Worded only on failure: a year report builds millions of dates.
        var text: String { LocalDate.format(year, month, day) }
        guard (1...12).contains(month) else {
            throw PlannerValueError(input: text, message: "月份必须在 1–12 之间，请写成 YYYY-MM-DD，例如 2026-12-07")
        }
        guard (1...LocalDate.daysInMonth(year: year, month: month)).contains(day) else {
            throw PlannerValueError(
                input: text,
                message: "\(year)年\(month)月只有 \(LocalDate.daysInMonth(year: year, month: month)) 天")
        }
        self.init(unchecked: year, month, day)
    }

    public init(dayNumber: Int) {
        // civil_from_days
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
        self.dayNumber = dayNumber
    }

    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
        // days_from_civil
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        self.dayNumber = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD`.
    public init(parsing text: String) throws(PlannerValueError) {
        if let date = LocalDate(exactly: text[...]) {
            self = date
            return
        }
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else {
            throw PlannerValueError(input: text, message: "日期应写成 YYYY-MM-DD，例如 2026-12-07")
        }
        try self.init(year: y, month: m, day: d)
    }

    /// Exactly `YYYY-MM-DD` with nothing around it, read from its bytes without copying (plan documents, play
    /// logs and sheets write dates so); nil for anything else, which `init(parsing:)` reads or refuses.
    public init?(exactly text: Substring) {
        var year = 0, month = 0, day = 0, position = 0
        for byte in text.utf8 {
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                let digit = Int(byte &- UInt8(ascii: "0"))
                guard digit < 10 else { return nil }
                switch position {
                case 0..<4: year = year * 10 + digit
                case 5, 6: month = month * 10 + digit
                case 8, 9: day = day * 10 + digit
                default: return nil
                }
            }
            position += 1
        }
        guard position == 10, (1...12).contains(month), (1...LocalDate.daysInMonth(year: year, month: month)).contains(day) else {
            return nil
        }
        self.init(unchecked: year, month, day)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday, index 3 counting Monday as 0.
        let index = ((dayNumber + 3) % 7 + 7) % 7
        return Weekday(rawValue: index + 1) ?? .monday
    }

    public var yearMonth: YearMonth { YearMonth(unchecked: year, month) }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// The Monday of the ISO week (Monday–Sunday) holding this date.
    public var mondayOfWeek: LocalDate { adding(days: 1 - weekday.rawValue) }

    /// `YYYY-MM-DD`.
    public var description: String { LocalDate.format(year, month, day) }

    /// `12月7日`, the form notices and warnings use.
    public var chineseMonthDay: String { "\(month)月\(day)日" }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public static func == (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber == rhs.dayNumber }

    public func hash(into hasher: inout Hasher) { hasher.combine(dayNumber) }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension LocalDate: TextCodable {}

/// Zero-padded decimal, without Foundation's `String(format:)` (locale-free and fast).
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padding = String(repeating: "0", count: max(0, width - digits.count))
    return (value < 0 ? "-" : "") + padding + digits
}

extension String {
    func trimmingWhitespace() -> Substring {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
