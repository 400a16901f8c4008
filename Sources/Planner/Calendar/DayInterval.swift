/// A half-open span of a day, `[start, end)`, written `08:00-11:50`.
public struct DayInterval: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay) throws(PlannerValueError) {
        guard start < end else {
            throw PlannerValueError(
                input: "\(start)-\(end)", message: "结束时刻必须晚于开始时刻，请写成 开始-结束，例如 18:30-21:30")
        }
        self.start = start
        self.end = end
    }

    /// Minutes since midnight; the caller guarantees `0 <= start < end <= 1440`.
    init(unchecked start: Int, _ end: Int) {
        self.start = TimeOfDay(unchecked: start)
        self.end = TimeOfDay(unchecked: end)
    }

    /// Parses `HH:MM-HH:MM` (also with `–`, `~` or `至` between the times).
    public init(parsing text: String) throws(PlannerValueError) {
        let trimmed = String(text.trimmingWhitespace())
        guard let separator = ["-", "–", "~", "至"].lazy.compactMap({ trimmed.firstRange(of: $0) }).first else {
            throw PlannerValueError(input: text, message: "时段应写成 HH:MM-HH:MM，例如 08:00-11:50")
        }
        let start = try TimeOfDay(parsing: String(trimmed[..<separator.lowerBound]))
        let end = try TimeOfDay(parsing: String(trimmed[separator.upperBound...]))
        guard start < end else {
            throw PlannerValueError(
                input: text, message: "结束时刻必须晚于开始时刻（不能跨过午夜），例如 18:30-21:30")
        }
        self.start = start
        self.end = end
    }

    public var minutes: Int { end.minutes - start.minutes }

    public func overlaps(_ other: DayInterval) -> Bool {
        start.minutes < other.end.minutes && other.start.minutes < end.minutes
    }

    public func contains(_ other: DayInterval) -> Bool {
        start.minutes <= other.start.minutes && other.end.minutes <= end.minutes
    }

    /// `08:00-11:50`.
    public var description: String { "\(start)-\(end)" }

    public static func < (lhs: DayInterval, rhs: DayInterval) -> Bool {
        (lhs.start.minutes, lhs.end.minutes) < (rhs.start.minutes, rhs.end.minutes)
    }

    /// `intervals` minus every span in `removed`, sorted; used for “open hours minus school hours”.
    public static func subtracting(_ removed: [DayInterval], from intervals: [DayInterval]) -> [DayInterval] {
        var pieces = intervals.sorted()
        for cut in removed {
            pieces = pieces.flatMap { piece -> [DayInterval] in
                guard piece.overlaps(cut) else { return [piece] }
                var rest: [DayInterval] = []
                if piece.start < cut.start { rest.append(DayInterval(unchecked: piece.start.minutes, cut.start.minutes)) }
                if cut.end < piece.end { rest.append(DayInterval(unchecked: cut.end.minutes, piece.end.minutes)) }
                return rest
            }
        }
        return pieces
    }
}

extension DayInterval: TextCodable {}
