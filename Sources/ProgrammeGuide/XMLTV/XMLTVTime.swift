import Foundation

/// XMLTV times: `YYYYMMDDhhmmss ±hhmm` and its truncated forms (`YYYYMMDDhhmm`, `YYYYMMDDhh`, `YYYYMMDD`),
/// with or without the offset. Worked out with integer arithmetic: `Calendar` costs microseconds a call,
/// which a 100 MB guide with a million times would feel.
enum XMLTVTime {
    struct Parsed: Equatable {
        var date: Date
        /// false when the text had no offset and `defaultZone` was assumed.
        var hasOffset: Bool
        /// As written; the caller refuses years outside `plausibleYears`.
        var year: Int = 1970
    }

    /// Guides describe broadcasts: a year outside this range is a typo or a hostile value.
    static let plausibleYears = 1970...2100

    static func parse(_ text: String, defaultZone: TimeZone) -> Parsed? {
        var text = text
        return text.withUTF8 { parse(bytes: $0, defaultZone: defaultZone) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>, defaultZone: TimeZone) -> Parsed? {
        var index = 0
        func skipSpaces() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        skipSpaces()
        let digitsStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        let digitCount = index - digitsStart
        guard digitCount >= 4, digitCount <= 14, digitCount % 2 == 0 else { return nil }
        // Fractional seconds (`20261201190000.500`) are accepted and dropped: guides schedule to the minute.
        if digitCount == 14, index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        func field(_ at: Int, _ width: Int) -> Int {
            // A truncated time (`200209`, the DTD's own example) means the first month or day.
            guard at + width <= digitCount else { return at == 4 || at == 6 ? 1 : 0 }
            var value = 0
            for offset in at..<(at + width) { value = value * 10 + Int(bytes[digitsStart + offset] - 0x30) }
            return value
        }
        let (year, month, day) = (field(0, 4), field(4, 2), field(6, 2))
        let (hour, minute, second) = (field(8, 2), field(10, 2), field(12, 2))
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let wallClock =
            daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second

        skipSpaces()
        guard index < bytes.count else {
            let seconds = wallClock - offset(ofWallClock: wallClock, in: defaultZone)
            return Parsed(date: Date(timeIntervalSince1970: TimeInterval(seconds)), hasOffset: false, year: year)
        }
        guard let offset = parseOffset(UnsafeBufferPointer(rebasing: bytes[index...]), defaultZone: defaultZone)
        else { return nil }
        return Parsed(date: Date(timeIntervalSince1970: TimeInterval(wallClock - offset)), hasOffset: true, year: year)
    }

    /// `+0800`, `+08:00`, `+08`, `-0500`, or a zone name (`UTC`, `BST`, `CST`), and trailing spaces → seconds
    /// east of UTC.
    private static func parseOffset(_ bytes: UnsafeBufferPointer<UInt8>, defaultZone: TimeZone) -> Int? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let rest = bytes[..<end]
        guard let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else {
            return namedZoneOffset(String(decoding: rest, as: UTF8.self).uppercased(), defaultZone: defaultZone)
        }
        // Up to four digits, with an optional colon after the second: read in place, no array per time.
        var digits = 0
        var value = 0
        for (position, byte) in rest.dropFirst().enumerated() {
            if byte >= 0x30, byte <= 0x39, digits < 4 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else if byte == UInt8(ascii: ":"), position == 2 {
                continue
            } else {
                return nil
            }
        }
        guard digits == 4 || digits == 2 else { return nil }
        let hours = digits == 4 ? value / 100 : value
        let minutes = digits == 4 ? value % 100 : 0
        guard hours <= 14, minutes <= 59 else { return nil }
        return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// The zone abbreviations of the XMLTV DTD's examples and their neighbours. `CST` is China Standard Time
    /// when the guide's zone is China's, as in Chinese guides; elsewhere it is North American Central.
    private static func namedZoneOffset(_ name: String, defaultZone: TimeZone) -> Int? {
        switch name {
        case "Z", "UTC", "GMT", "UT", "WET": 0
        case "BST", "CET", "WEST": 3600
        case "CEST", "EET": 7200
        case "EEST", "MSK": 10800
        case "CST": defaultZone.secondsFromGMT() == 8 * 3600 ? 8 * 3600 : -6 * 3600
        case "HKT", "AWST": 8 * 3600
        case "JST", "KST": 9 * 3600
        case "EST", "CDT": -5 * 3600
        case "EDT": -4 * 3600
        case "MST", "PDT": -7 * 3600
        case "MDT": -6 * 3600
        case "PST": -8 * 3600
        default: nil
        }
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
