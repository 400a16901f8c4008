import Foundation
import GRDB
import MediaProbe

extension ResourceRow {
    /// Read by hand instead of through `Codable`: GRDB's row decoder and its date decoding (a Foundation
    /// `Calendar`, which loads ICU's calendar data) were a sixth of `yuanjiao show`'s start-up.
    init(row: Row) throws {
        id = row["id"]
        path = row["path"]
        size = row["size"]
        mtime = row["mtime"]
        fingerprint = row["fingerprint"]
        status = try Self.value(Status.self, row, "status")
        title = row["title"]
        titleSource = try Self.value(TitleSource.self, row, "titleSource")
        format = row["format"]
        duration = row["duration"]
        bitRate = row["bitRate"]
        if let json = row["media"] as Data? {
            media = try Self.databaseJSONDecoder(for: "media").decode(MediaInfo.self, from: json)
        } else {
            media = nil
        }
        addedAt = try Self.date(row, "addedAt")
        updatedAt = try Self.date(row, "updatedAt")
        missingSince = (row["missingSince"] as DatabaseValue).isNull ? nil : try Self.date(row, "missingSince")
    }

    private static func value<Value: RawRepresentable<String>>(_ type: Value.Type, _ row: Row, _ column: String) throws -> Value {
        guard let text = row[column] as String?, let value = Value(rawValue: text) else {
            throw DatabaseError(message: "resource.\(column): unexpected value \(String(describing: row[column] as DatabaseValue))")
        }
        return value
    }

    /// GRDB's own text form ("2026-12-01 18:04:46.123", UTC) read arithmetically; anything else through GRDB.
    private static func date(_ row: Row, _ column: String) throws -> Date {
        if let text = row[column] as String?, let date = DatabaseDateText.date(text) { return date }
        guard let date = row[column] as Date? else {
            throw DatabaseError(message: "resource.\(column): not a date")
        }
        return date
    }
}

/// "YYYY-MM-DD HH:MM:SS.SSS" (seconds and milliseconds optional), in UTC, to a `Date` without a `Calendar`.
enum DatabaseDateText {
    static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 16 || bytes.count == 19 || bytes.count == 23,
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"), bytes.count == 16 || bytes[16] == UInt8(ascii: ":"),
            bytes.count != 23 || bytes[19] == UInt8(ascii: ".")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16),
            let second = bytes.count > 16 ? number(17..<19) : 0, let millisecond = bytes.count > 19 ? number(20..<23) : 0,
            (1...12).contains(month), (1...daysIn(month, of: year)).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = daysSince1970(year: year, month: month, day: day)
        let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second
        return Date(timeIntervalSince1970: Double(seconds) + Double(millisecond) / 1000)
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
