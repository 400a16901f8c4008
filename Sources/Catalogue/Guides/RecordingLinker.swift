import ChineseText
import Foundation
import GRDB
import MediaProbe

/// Finds the guide programme a recording captured: by channel and start time in its file name, by its
/// container `creation_time` and service name, or by title; the durations must agree. Never a guess: a
/// recording without a channel identity links by time only when one programme of all channels fits, else
/// it keeps the fitting programmes as candidates for the librarian.
struct RecordingLinker {
    enum Method: String {
        case filename
        case creationTime = "creation-time"
        case title
    }

    enum Outcome: Equatable {
        case linked(programme: Int64, method: Method)
        /// Several channels' programmes fit the recording's time and nothing tells them apart.
        case ambiguous(candidates: [Int64])
        case unlinked
    }

    struct Candidate {
        var id: Int64
        var channel: String
        var start: Double
        var stop: Double?
        var title: String
        /// true `<premiere>`, false `<previously-shown>`, nil unknown.
        var premiere: Bool? = nil
        var titleKey: String? = nil

        /// Premieres first, then airings the guide does not call reruns, then reruns.
        var airingRank: Int { premiere == true ? 0 : premiere == nil ? 1 : 2 }
    }

    let db: Database
    let timeZone: TimeZone
    private let matcher: ChannelMatcher

    init(db: Database, timeZone: TimeZone, aliases: ChannelAliases = .none) throws {
        self.db = db
        self.timeZone = timeZone
        // Programmes may name a channel the guide never declared: it is still a channel id to match.
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, names FROM channel
            UNION SELECT DISTINCT channel, '' FROM programme WHERE channel NOT IN (SELECT id FROM channel)
            ORDER BY 1
            """)
        matcher = ChannelMatcher(
            channels: rows.map { row in
                let id: String = row[0]
                return (id, ProgrammeStore.lines(row[1]))
            }, aliases: aliases)
    }

    /// Run in a write before linking. Titles are folded when linking first needs them, not while importing: a guide of 200,000 programmes
    /// imports at the parser's pace, and only programmes new since the last link are folded.
    static func foldNewTitles(_ db: Database) throws {
        try db.execute(sql: "UPDATE programme SET titleKey = yjFold(title) WHERE titleKey IS NULL")
    }

    /// `yjFold(title)`, the search folding as an SQL function; installed when a connection opens.
    static func installFolding(_ db: Database) {
        db.add(function: foldFunction)
    }

    private static let foldFunction = DatabaseFunction("yjFold", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return TextFolding.fold(text)
    }

    func channels(matching name: String) -> [String] {
        matcher.channels(matching: name)
    }

    func link(path: String, title: String, media: MediaInfo?) throws -> Outcome {
        let duration = media?.duration
        if let stamp = FileNameStamp.parse(path: path, timeZone: timeZone) {
            for channel in channels(matching: stamp.channel) {
                if let match = try nearest(channel: channel, to: stamp.start, within: 300, duration: duration) {
                    return .linked(programme: match.id, method: .filename)
                }
            }
        }
        if let created = media?.tags["creation_time"].flatMap(Self.parseCreationTime) {
            let services = (media?.programs ?? []).compactMap(\.serviceName)
            if !services.isEmpty {
                // A named service the guide does not carry: any programme at that time is another channel's.
                for channel in services.flatMap(channels(matching:)) {
                    if let match = try nearest(channel: channel, to: created, within: 600, duration: duration) {
                        return .linked(programme: match.id, method: .creationTime)
                    }
                }
            } else {
                let fitting = try anyChannel(at: created, within: 120, duration: duration)
                if fitting.count == 1 { return .linked(programme: fitting[0].id, method: .creationTime) }
                if fitting.count > 1 {
                    let folded = TextFolding.fold(title)
                    let named = fitting.filter { !folded.isEmpty && $0.titleKey == folded }
                    if named.count == 1 { return .linked(programme: named[0].id, method: .creationTime) }
                    return .ambiguous(candidates: fitting.map(\.id))
                }
            }
        }
        if let match = try firstAiring(title: title, duration: duration) {
            return .linked(programme: match.id, method: .title)
        }
        return .unlinked
    }

    /// By title alone, compared folded as search folds (width, NFKC, 繁→简, punctuation): the premiere of
    /// that title whose duration agrees (`<premiere>`, else the first airing the guide does not mark
    /// `<previously-shown>`, earliest first). Two equally good airings on different channels at the same
    /// time: link neither.
    private func firstAiring(title: String, duration: Double?) throws -> Candidate? {
        let folded = TextFolding.fold(title)
        guard !folded.isEmpty else { return nil }
        let columns = "SELECT id, channel, start, stop, title, premiere, titleKey FROM programme"
        let rows = try Candidate.fetch(db, sql: "\(columns) WHERE titleKey = ? ORDER BY start, id", folded)
        let candidates = rows.isEmpty
            ? try Candidate.fetch(db, sql: "\(columns) WHERE seriesTitle = ? ORDER BY start, id", title)
                .filter { $0.titleKey == folded }
            : rows
        let fitting = candidates.filter { Self.durationsAgree($0, duration) }
            .sorted { ($0.airingRank, $0.start, $0.id) < ($1.airingRank, $1.start, $1.id) }
        guard let first = fitting.first else { return nil }
        let rivals = fitting.filter {
            $0.airingRank == first.airingRank && $0.start == first.start && $0.channel != first.channel
        }
        return rivals.isEmpty ? first : nil
    }

    private func nearest(channel: String, to date: Date, within seconds: Double, duration: Double?) throws -> Candidate? {
        let time = date.timeIntervalSince1970
        let candidates = try Candidate.fetch(
            db, sql: "SELECT id, channel, start, stop, title FROM programme WHERE channel = ? AND start BETWEEN ? AND ?",
            channel, time - seconds, time + seconds
        ).filter { Self.durationsAgree($0, duration) }
        return candidates.min { abs($0.start - time) < abs($1.start - time) }
    }

    /// Every channel's programmes starting near `date` whose durations agree, nearest first.
    private func anyChannel(at date: Date, within seconds: Double, duration: Double?) throws -> [Candidate] {
        let time = date.timeIntervalSince1970
        return try Candidate.fetch(
            db, sql: """
                SELECT id, channel, start, stop, title, titleKey FROM programme
                WHERE start BETWEEN ? AND ? ORDER BY abs(start - ?), id
                """,
            time - seconds, time + seconds, time
        ).filter { Self.durationsAgree($0, duration) }
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
        try Row.fetchAll(db, sql: sql, arguments: StatementArguments(values)).map { row in
            Self(
                id: row["id"], channel: row["channel"], start: row["start"], stop: row["stop"], title: row["title"],
                premiere: row.hasColumn("premiere") ? row["premiere"] : nil,
                titleKey: row.hasColumn("titleKey") ? row["titleKey"] : nil)
        }
    }
}
