import ChineseText
import Foundation
import GRDB
import MediaProbe

/// Finds the guide programme a recording captured: by channel and start time in its file name, by its
/// container `creation_time` and service name, or by title; the durations must agree.
struct RecordingLinker {
    enum Method: String {
        case filename
        case creationTime = "creation-time"
        case title
    }

    struct Candidate {
        var id: Int64
        var channel: String
        var start: Double
        var stop: Double?
        var title: String
        /// true `<premiere>`, false `<previously-shown>`, nil unknown.
        var premiere: Bool? = nil

        /// Premieres first, then airings the guide does not call reruns, then reruns.
        var airingRank: Int { premiere == true ? 0 : premiere == nil ? 1 : 2 }
    }

    let db: Database
    let timeZone: TimeZone
    private let matcher: ChannelMatcher

    init(db: Database, timeZone: TimeZone) throws {
        self.db = db
        self.timeZone = timeZone
        // Programmes may name a channel the guide never declared: it is still a channel id to match.
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, names FROM channel
            UNION SELECT DISTINCT channel, '' FROM programme WHERE channel NOT IN (SELECT id FROM channel)
            ORDER BY 1
            """)
        matcher = ChannelMatcher(channels: rows.map { row in
            let id: String = row[0]
            return (id, ProgrammeStore.lines(row[1]))
        })
    }

    func channels(matching name: String) -> [String] {
        matcher.channels(matching: name)
    }

    func link(path: String, title: String, media: MediaInfo?) throws -> (programme: Int64, method: Method)? {
        let duration = media?.duration
        if let stamp = FileNameStamp.parse(path: path, timeZone: timeZone) {
            for channel in channels(matching: stamp.channel) {
                if let match = try nearest(channel: channel, to: stamp.start, within: 300, duration: duration) {
                    return (match.id, .filename)
                }
            }
        }
        if let created = media?.tags["creation_time"].flatMap(Self.parseCreationTime) {
            let services = (media?.programs ?? []).compactMap(\.serviceName)
            let channels = services.flatMap(channels(matching:))
            if !channels.isEmpty {
                for channel in channels {
                    if let match = try nearest(channel: channel, to: created, within: 600, duration: duration) {
                        return (match.id, .creationTime)
                    }
                }
            } else if let match = try nearest(channel: nil, to: created, within: 120, duration: duration) {
                return (match.id, .creationTime)
            }
        }
        if let match = try firstAiring(title: title, duration: duration) { return (match.id, .title) }
        return nil
    }

    /// By title alone: the premiere of that title whose duration agrees (`<premiere>`, else the first airing
    /// the guide does not mark `<previously-shown>`, earliest first). Two equally good airings on different
    /// channels at the same time: link neither.
    private func firstAiring(title: String, duration: Double?) throws -> Candidate? {
        let folded = TextFolding.fold(title)
        guard !folded.isEmpty else { return nil }
        let columns = "SELECT id, channel, start, stop, title, premiere FROM programme"
        let rows = try Candidate.fetch(db, sql: "\(columns) WHERE title = ? ORDER BY start, id", title)
        let candidates = rows.isEmpty
            ? try Candidate.fetch(db, sql: "\(columns) WHERE seriesTitle = ? ORDER BY start, id", title)
            : rows
        let fitting = candidates.filter { Self.durationsAgree($0, duration) && TextFolding.fold($0.title) == folded }
            .sorted { ($0.airingRank, $0.start, $0.id) < ($1.airingRank, $1.start, $1.id) }
        guard let first = fitting.first else { return nil }
        let rivals = fitting.filter {
            $0.airingRank == first.airingRank && $0.start == first.start && $0.channel != first.channel
        }
        return rivals.isEmpty ? first : nil
    }

    private func nearest(channel: String?, to date: Date, within seconds: Double, duration: Double?) throws -> Candidate? {
        let time = date.timeIntervalSince1970
        let sql = channel == nil
            ? "SELECT id, channel, start, stop, title FROM programme WHERE start BETWEEN ? AND ?"
            : "SELECT id, channel, start, stop, title FROM programme WHERE channel = ? AND start BETWEEN ? AND ?"
        let arguments: StatementArguments = channel.map { [$0, time - seconds, time + seconds] } ?? [time - seconds, time + seconds]
        let candidates = try Candidate.fetch(db, sql: sql, arguments: arguments).filter { Self.durationsAgree($0, duration) }
        if channel == nil && candidates.count > 1 { return nil }  // ambiguous without a channel
        return candidates.min { abs($0.start - time) < abs($1.start - time) }
    }

    /// Recordings start a little early and end a little late: two minutes or 10 %, whichever is larger.
    static func durationsAgree(_ candidate: Candidate, _ duration: Double?) -> Bool {
        guard let duration, let stop = candidate.stop else { return true }
        let expected = stop - candidate.start
        return abs(expected - duration) <= max(120, expected * 0.1)
    }

    static func parseCreationTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}

extension RecordingLinker.Candidate {
    static func fetch(_ db: Database, sql: String, _ values: any DatabaseValueConvertible...) throws -> [Self] {
        try fetch(db, sql: sql, arguments: StatementArguments(values))
    }

    static func fetch(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Self] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            Self(
                id: row["id"], channel: row["channel"], start: row["start"], stop: row["stop"], title: row["title"],
                premiere: row.hasColumn("premiere") ? row["premiere"] : nil)
        }
    }
}
