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
        var bytes = raw.utf8.makeIterator()
        var digits: [Int] = []
        digits.reserveCapacity(14)
        var position = 0
        let count = raw.utf8.count
        guard count == 16 || count == 19 else { return nil }
        while let byte = bytes.next() {
            switch position {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            case 10: guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "T") else { return nil }
            case 13, 16: guard byte == UInt8(ascii: ":") else { return nil }
            default:
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
            position += 1
        }
        func number(_ from: Int, _ length: Int) -> Int { digits[from..<from + length].reduce(0) { $0 * 10 + $1 } }
        let hour = number(8, 2), minute = number(10, 2), second = count == 19 ? number(12, 2) : 0
        guard hour <= 23, minute <= 59, second <= 59,
            let date = try? LocalDate(year: number(0, 4), month: number(4, 2), day: number(6, 2))
        else { return nil }
        return LogTime(date: date, seconds: hour * 3600 + minute * 60 + second)
    }

    /// Seconds on one scale across days, for durations and overlaps.
    public var absolute: Int { date.dayNumber * 86_400 + seconds }

    public var description: String { "\(date) \(TimeOfDay.clockText(seconds: seconds))" }

    public static func < (lhs: LogTime, rhs: LogTime) -> Bool { lhs.absolute < rhs.absolute }
}
