import Foundation

/// XMLTV times: `YYYYMMDDhhmmss ±hhmm` and its truncated forms (`YYYYMMDDhhmm`, `YYYYMMDDhh`, `YYYYMMDD`),
/// with or without the offset. Worked out with integer arithmetic: `Calendar` costs microseconds a call,
/// which a 100 MB guide with a million times would feel.
enum XMLTVTime {
    struct Parsed: Equatable {
        var date: Date
        /// false when the text had no offset and `defaultZone` was assumed.
        var hasOffset: Bool
    }

    static func parse(_ text: String, defaultZone: TimeZone) -> Parsed? {
        var bytes = Substring(text).utf8[...]
        bytes = bytes.drop { $0 == 0x20 || $0 == 0x09 }
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard [8, 10, 12, 14].contains(digits.count) else { return nil }
        let values = digits.map { Int($0 - 0x30) }
        func field(_ at: Int, _ width: Int) -> Int {
            guard at + width <= values.count else { return 0 }
            return values[at..<(at + width)].reduce(0) { $0 * 10 + $1 }
        }
        let (year, month, day) = (field(0, 4), field(4, 2), field(6, 2))
        let (hour, minute, second) = (field(8, 2), field(10, 2), field(12, 2))
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let wallClock =
            daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second

        let rest = bytes.dropFirst(digits.count).drop { $0 == 0x20 || $0 == 0x09 }
        guard !rest.isEmpty else {
            let seconds = wallClock - offset(ofWallClock: wallClock, in: defaultZone)
            return Parsed(date: Date(timeIntervalSince1970: TimeInterval(seconds)), hasOffset: false)
        }
        guard let offset = parseOffset(Array(rest)) else { return nil }
        return Parsed(date: Date(timeIntervalSince1970: TimeInterval(wallClock - offset)), hasOffset: true)
    }

    /// `+0800`, `+08:00`, `+08`, `-0500`, `Z`, `UTC`, `GMT` → seconds east of UTC.
    private static func parseOffset(_ bytes: [UInt8]) -> Int? {
        let trimmed = bytes.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
        let text = String(decoding: trimmed, as: UTF8.self)
        if ["Z", "UTC", "GMT"].contains(text.uppercased()) { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4 || digits.count == 2, digits.allSatisfy(\.isASCII),
            let value = Int(digits), value >= 0
        else { return nil }
        let hours = digits.count == 4 ? value / 100 : value
        let minutes = digits.count == 4 ? value % 100 : 0
        guard hours <= 14, minutes <= 59 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// The zone's offset at a wall-clock time given as seconds since 1970 read as UTC; the second lookup settles
    /// times near a daylight-saving change.
    private static func offset(ofWallClock wallClock: Int, in zone: TimeZone) -> Int {
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wallClock)))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wallClock - guess)))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
