public import Planner

/// One day's playlist for the station's player: `#EXTM3U`, then `#EXTINF:<seconds>,<title>` and the path
/// of each item, the day's sessions in order (the open day's loop too). UTF-8, as `.m3u8` promises.
public struct M3U8Playlist: Sendable, Hashable {
    public var date: LocalDate
    public var sessions: [PlannedSession]

    public init(date: LocalDate, sessions: [PlannedSession]) {
        self.date = date
        self.sessions = sessions.sorted { $0.start < $1.start }
    }

    /// A playlist per date that has a session with items, in date order.
    public static func daily(_ plan: StationPlan) -> [M3U8Playlist] {
        let byDate = Dictionary(grouping: plan.sessions.filter { !$0.items.isEmpty }, by: \.date)
        return byDate.keys.sorted().map { M3U8Playlist(date: $0, sessions: byDate[$0] ?? []) }
    }

    /// `playlist-2026-12-05.m3u8`.
    public var fileName: String { "playlist-\(date).m3u8" }

    public func text() -> String {
        var lines = ["#EXTM3U"]
        for session in sessions {
            // A plain comment: players skip it, a person opening the file sees which session follows.
            lines.append("# \(date) \(session.start)-\(session.end) \(session.kind.chineseName)")
            for item in session.items {
                lines.append("#EXTINF:\(item.durationSeconds),\(Self.oneLine(item.title))")
                lines.append(Self.oneLine(item.path))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line break inside a title or path would split the entry in two.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
