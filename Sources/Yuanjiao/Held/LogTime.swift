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
        let bytes = raw.utf8
        guard bytes.count == 16 || bytes.count == 19 else { return nil }
        let tenth = bytes.index(bytes.startIndex, offsetBy: 10)
        guard bytes[tenth] == UInt8(ascii: " ") || bytes[tenth] == UInt8(ascii: "T"),
            let date = LocalDate(exactly: raw[..<tenth]),
            let clock = TimeOfDay.clockFields(raw[bytes.index(after: tenth)...], count: bytes.count == 19 ? 3 : 2),
            clock.0 <= 23, clock.1 <= 59, clock.2 <= 59
        else { return nil }
        return LogTime(date: date, seconds: clock.0 * 3600 + clock.1 * 60 + clock.2)
    }

    /// Seconds on one scale across days, for durations and overlaps.
    public var absolute: Int { date.dayNumber * 86_400 + seconds }

    public var description: String { "\(date) \(TimeOfDay.clockText(seconds: seconds))" }

    public static func < (lhs: LogTime, rhs: LogTime) -> Bool { lhs.absolute < rhs.absolute }
}
