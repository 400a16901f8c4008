public import Planner
import Foundation

/// A county-local wall-clock moment as a play log writes it: "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS"
/// (a "T" between date and time is accepted too, as players write ISO 8601).
public struct LogTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: LocalDate
    /// Seconds since midnight.
    public var seconds: Int

    public init(date: LocalDate, seconds: Int) {
        self.date = date
        self.seconds = seconds
    }

    public init?(parsing raw: String) {
        if let fast = Self.plain(raw) {
            self = fast
            return
        }
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard parts.count == 2, let date = try? LocalDate(parsing: parts[0]) else { return nil }
        let clock = parts[1].split(separator: ":").map { Int($0) }
        guard clock.count == 2 || clock.count == 3, !clock.contains(nil) else { return nil }
        let hour = clock[0]!, minute = clock[1]!, second = clock.count == 3 ? clock[2]! : 0
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.init(date: date, seconds: hour * 3600 + minute * 60 + second)
    }

    /// The usual form, digits exactly as `YYYY-MM-DD HH:MM[:SS]` with nothing around them, read from its bytes
    /// (a year report parses a million of these); anything else goes the general way, which gives the same value.
    private static func plain(_ raw: String) -> LogTime? {
        let count = raw.utf8.count
        guard count == 16 || count == 19 else { return nil }
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        var position = 0
        for byte in raw.utf8 {
            switch position {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            case 10: guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "T") else { return nil }
            case 13, 16: guard byte == UInt8(ascii: ":") else { return nil }
            default:
                let digit = Int(byte &- UInt8(ascii: "0"))
                guard digit < 10 else { return nil }
                switch position {
                case 0..<4: year = year * 10 + digit
                case 5, 6: month = month * 10 + digit
                case 8, 9: day = day * 10 + digit
                case 11, 12: hour = hour * 10 + digit
                case 14, 15: minute = minute * 10 + digit
                default: second = second * 10 + digit
                }
            }
            position += 1
        }
        guard hour <= 23, minute <= 59, second <= 59, let date = try? LocalDate(year: year, month: month, day: day) else { return nil }
        return LogTime(date: date, seconds: hour * 3600 + minute * 60 + second)
    }

    /// Seconds on one scale across days, for durations and overlaps.
    public var absolute: Int { date.dayNumber * 86_400 + seconds }

    public var description: String { "\(date) \(TimeOfDay.clockText(seconds: seconds))" }

    public static func < (lhs: LogTime, rhs: LogTime) -> Bool { lhs.absolute < rhs.absolute }
}
