public import Foundation
import Planner

/// The month as iCalendar (RFC 5545, `plan.ics`): one event per session in the county's local time with a
/// VTIMEZONE block, CRLF line endings, lines folded at 75 octets. A UID names station, date, session kind and
/// its number that day, so a session moved to another hour keeps its UID and a calendar that imports the
/// re-planned bundle updates the event instead of adding a second; SEQUENCE grows with every bundle written.
public struct ICalendarWriter: Sendable {
    public var input: NoticeInput
    /// DTSTAMP: when the bundle was written. Handed in, so the writer stays free of the clock.
    public var generated: Date
    public var timeZoneID: String
    /// The zone's offset from UTC; China has kept +08:00 without daylight saving since 1991.
    public var utcOffsetMinutes: Int

    public init(_ input: NoticeInput, generated: Date, timeZoneID: String = "Asia/Shanghai", utcOffsetMinutes: Int = 480) {
        self.input = input
        self.generated = generated
        self.timeZoneID = timeZoneID
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    public func text() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yuanjiao//Notices//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape("\(input.stationName) \(input.month.chineseName)远程教育学习"),
            "X-WR-TIMEZONE:" + timeZoneID,
        ]
        lines += timeZoneBlock()
        var numbers: [String: Int] = [:]
        for session in input.sessions {
            let key = "\(session.date)-\(session.kind.rawValue)"
            numbers[key, default: 0] += 1
            lines += event(session, number: numbers[key] ?? 1)
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    private func timeZoneBlock() -> [String] {
        let offset = Self.offset(utcOffsetMinutes)
        var block = ["BEGIN:VTIMEZONE", "TZID:" + timeZoneID, "BEGIN:STANDARD", "DTSTART:19700101T000000"]
        block += ["TZOFFSETFROM:" + offset, "TZOFFSETTO:" + offset]
        if timeZoneID == "Asia/Shanghai" { block.append("TZNAME:CST") }
        block += ["END:STANDARD", "END:VTIMEZONE"]
        return block
    }

    private func event(_ session: PlannedSession, number: Int) -> [String] {
        let start = Self.local(session.date, session.start)
        // 24:00 ends the day: the next day's 00:00.
        let end = session.end.minutes >= 1440
            ? Self.local(session.date.adding(days: 1), nil) : Self.local(session.date, session.end)
        let place = [input.station.school, input.station.room].filter { !$0.trimmedSpaces.isEmpty }.joined(separator: " ")
        let content = session.items.enumerated().map { n, item in
            "\(n + 1). \(item.title)（\(input.topicNames.label(item.topic))，\(NoticeHTML.minutes(seconds: item.durationSeconds))）"
        }
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(input.station.id)-\(Self.compact(session.date))-\(session.kind.rawValue)-\(number)@yuanjiao",
            "SEQUENCE:\(sequence)",
            "DTSTAMP:" + Self.utcStamp(generated),
            "DTSTART;TZID=\(timeZoneID):\(start)",
            "DTEND;TZID=\(timeZoneID):\(end)",
            "SUMMARY:" + Self.escape("\(session.kind.chineseName)：\(input.stationName)"),
            "LOCATION:" + Self.escape(place.isEmpty ? input.stationName : place),
        ]
        if !content.isEmpty { lines.append("DESCRIPTION:" + Self.escape(content.joined(separator: "\n"))) }
        let categories = [session.kind.chineseName] + input.topicLabels(of: session)
        lines += ["CATEGORIES:" + categories.map(Self.escape).joined(separator: ","), "TRANSP:OPAQUE", "END:VEVENT"]
        return lines
    }

    /// Minutes from 2026-01-01 00:00 UTC to `generated`: a bundle written later (a re-plan) always carries a
    /// higher SEQUENCE than the one it replaces, without the writer having to remember earlier bundles.
    var sequence: Int { max(0, Int(generated.timeIntervalSince1970 - 1_767_225_600) / 60) }

    // MARK: - Values

    /// `20261205T190000`.
    static func local(_ date: LocalDate, _ time: TimeOfDay?) -> String {
        compact(date) + "T" + (time.map(compact) ?? "0000") + "00"
    }

    static func compact(_ date: LocalDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    static func compact(_ time: TimeOfDay) -> String { time.description.replacingOccurrences(of: ":", with: "") }

    /// `+0800`.
    static func offset(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        let magnitude = abs(minutes)
        return sign + two(magnitude / 60) + two(magnitude % 60)
    }

    /// `20261128T020000Z`, computed from the epoch without a calendar or time zone.
    static func utcStamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        return compact(LocalDate(dayNumber: days)) + "T" + two(rest / 3600) + two(rest / 60 % 60) + two(rest % 60) + "Z"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
    public static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\": output += "\\\\"
            case ";": output += "\\;"
            case ",": output += "\\,"
            case "\n", "\r\n", "\r": output += "\\n"
            default: output.append(character)
            }
        }
        return output
    }

    /// Folds a content line so no physical line exceeds 75 octets (§3.1), never inside a UTF-8 sequence;
    /// continuation lines begin with one space, which counts toward their 75.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var pieces: [String] = []
        var current = ""
        var currentOctets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let octets = String(scalar).utf8.count
            if currentOctets + octets > limit {
                pieces.append(current)
                current = ""
                currentOctets = 0
                limit = 74
            }
            current.unicodeScalars.append(scalar)
            currentOctets += octets
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
