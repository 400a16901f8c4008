import Foundation

/// Channel and start time in a satellite recording's file name:
/// `CCTV7_20261201_1900.ts`, `先锋频道-2026-12-01-19-00.mp4`, `CCTV-7 2026.12.01 19.00.ts`.
///
/// Read by hand from the name's bytes, not with a `Regex`: the indexer asks this of every file (search
/// document and linker), and a regex literal was parsed anew on each call (43 % of the writer's time on
/// 2,000 small files). The shape is `channel sep+ YYYY[-.]MM[-.]DD sep+ hh[-.:]mm([-.:]ss)?`, the channel
/// the shortest non-empty prefix that lets the rest match, separators `␠ _ - .` (and `T` before the time).
struct FileNameStamp: Equatable {
    var channel: String
    var start: Date

    static func parse(path: String, timeZone: TimeZone) -> FileNameStamp? {
        // `PathName` gives NSString's name and stem without bridging the path (a writer's cost per file).
        let stem = PathName.stem(ofName: PathName.lastComponent(path))
        let bytes = Array(stem.utf8)
        for end in bytes.indices.dropFirst() where isSeparator(bytes[end]) {
            guard let fields = dateTime(bytes, from: end) else { continue }
            guard let start = date(fields, timeZone: timeZone) else { return nil }
            return FileNameStamp(channel: String(decoding: bytes[..<end], as: UTF8.self), start: start)
        }
        return nil
    }

    private struct Fields {
        var year, month, day, hour, minute, second: Int
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x5F || byte == 0x2D || byte == 0x2E  // ␠ _ - .
    }

    /// The date and time after the channel, which ends at `index`; nil when the rest does not have that shape.
    private static func dateTime(_ bytes: [UInt8], from index: Int) -> Fields? {
        var position = index
        func skip(while matches: (UInt8) -> Bool) -> Int {
            let start = position
            while position < bytes.count, matches(bytes[position]) { position += 1 }
            return position - start
        }
        func number(_ width: Int) -> Int? {
            guard position + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<(position + width)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            position += width
            return value
        }
        func optional(_ allowed: (UInt8) -> Bool) {
            if position < bytes.count, allowed(bytes[position]) { position += 1 }
        }
        let dateSeparator: (UInt8) -> Bool = { $0 == 0x2D || $0 == 0x2E }
        let timeSeparator: (UInt8) -> Bool = { $0 == 0x2D || $0 == 0x2E || $0 == 0x3A }
        guard skip(while: isSeparator) > 0, let year = number(4) else { return nil }
        optional(dateSeparator)
        guard let month = number(2) else { return nil }
        optional(dateSeparator)
        guard let day = number(2), skip(while: { isSeparator($0) || $0 == 0x54 }) > 0, let hour = number(2) else {
            return nil
        }
        optional(timeSeparator)
        guard let minute = number(2) else { return nil }
        // Seconds are optional: `…_1900.ts` and `…19-00-30.ts` both read.
        let beforeSeconds = position
        optional(timeSeparator)
        let second: Int
        if let seconds = number(2) {
            second = seconds
        } else {
            position = beforeSeconds
            second = 0
        }
        return Fields(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    private static func date(_ fields: Fields, timeZone: TimeZone) -> Date? {
        guard fields.hour < 24, fields.minute < 60, (1...12).contains(fields.month) else { return nil }
        var components = DateComponents()
        components.timeZone = timeZone
        (components.year, components.month, components.day) = (fields.year, fields.month, fields.day)
        (components.hour, components.minute, components.second) = (fields.hour, fields.minute, fields.second)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: components)
    }
}
