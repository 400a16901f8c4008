/// A wall-clock time as minutes since midnight, 0…1440 (24:00 is allowed as the end of a day).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) throws(PlannerValueError) {
        guard (0...1440).contains(minutes) else {
            throw PlannerValueError(input: "\(minutes)", message: "时刻必须在 00:00–24:00 之间")
        }
        self.minutes = minutes
    }

    init(unchecked minutes: Int) { self.minutes = minutes }

    public init(hour: Int, minute: Int) throws(PlannerValueError) {
        try self.init(parsing: "\(pad(hour, 2)):\(pad(minute, 2))")
    }

    /// Parses `HH:MM` (or `H:MM`); `24:00` only as the end of a day.
    public init(parsing text: String) throws(PlannerValueError) {
        // The usual `HH:MM`, read from its bytes (every session of every stored plan is read so).
        if let clock = TimeOfDay.clockFields(text[...], count: 2), clock.0 < 24 || (clock.0 == 24 && clock.1 == 0), clock.1 < 60 {
            self.minutes = clock.0 * 60 + clock.1
            return
        }
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour >= 0, minute >= 0
        else {
            throw PlannerValueError(input: text, message: "时刻应写成 HH:MM（24 小时制），例如 19:00")
        }
        guard hour < 24 || (hour == 24 && minute == 0) else {
            throw PlannerValueError(input: text, message: "小时必须在 00–23 之间（24 小时制），例如 19:00")
        }
        guard minute < 60 else {
            throw PlannerValueError(input: text, message: "分钟必须在 00–59 之间，例如 18:30")
        }
        self.minutes = hour * 60 + minute
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `HH:MM`.
    public var description: String { "\(pad(hour, 2)):\(pad(minute, 2))" }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

extension TimeOfDay: TextCodable {}

extension TimeOfDay {
    /// Seconds as `HH:MM:SS`, the form of an item's start offset in `plan --json`.
    public static func clockText(seconds: Int) -> String {
        let s = max(0, seconds)
        return "\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)):\(pad(s % 60, 2))"
    }

    /// Parses `HH:MM:SS` (or `MM:SS`) into seconds; nil when malformed.
    public static func seconds(clockText text: String) -> Int? {
        if let clock = clockFields(text[...], count: 3) { return clock.0 * 3600 + clock.1 * 60 + clock.2 }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
        return parts.reduce(0) { $0 * 60 + ($1 ?? 0) }
    }

    /// `count` (2 or 3) two-digit fields separated by `:` and nothing else (`19:00`, `00:40:00`), or nil; read
    /// without splitting or copying the text. A missing third field is 0.
    public static func clockFields(_ text: Substring, count: Int) -> (Int, Int, Int)? {
        guard text.utf8.count == count * 3 - 1 else { return nil }
        var fields = (0, 0, 0)
        var position = 0
        for byte in text.utf8 {
            if position % 3 == 2 {
                guard byte == UInt8(ascii: ":") else { return nil }
            } else {
                let digit = Int(byte &- UInt8(ascii: "0"))
                guard digit < 10 else { return nil }
                switch position / 3 {
                case 0: fields.0 = fields.0 * 10 + digit
                case 1: fields.1 = fields.1 * 10 + digit
                default: fields.2 = fields.2 * 10 + digit
                }
            }
            position += 1
        }
        return fields
    }
}
