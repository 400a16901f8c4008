public import Planner

/// One day's playlist for the station's player: `#EXTM3U`, then `#EXTINF:<seconds>,<title>` and the path
/// of each item, the day's sessions in order; an open day's loop repeated until its hours are covered.
/// UTF-8, as `.m3u8` promises. In a station bundle the paths are relative to the playlist, with forward
/// slashes (VLC and PotPlayer on Windows take them) and names without `#` or `%` (`CoursewareLayout`).
public struct M3U8Playlist: Sendable, Hashable {
    public var date: LocalDate
    public var sessions: [PlannedSession]
    public var entries: PlaylistEntries

    public init(date: LocalDate, sessions: [PlannedSession], entries: PlaylistEntries = PlaylistEntries()) {
        self.date = date
        self.sessions = sessions.sorted { $0.start < $1.start }
        self.entries = entries
    }

    /// A playlist per date that has a session with items, in date order.
    public static func daily(_ plan: StationPlan, entries: PlaylistEntries = PlaylistEntries()) -> [M3U8Playlist] {
        let byDate = Dictionary(grouping: plan.sessions.filter { !$0.items.isEmpty }, by: \.date)
        return byDate.keys.sorted().map { M3U8Playlist(date: $0, sessions: byDate[$0] ?? [], entries: entries) }
    }

    /// `playlist-2026-12-05.m3u8`.
    public var fileName: String { "playlist-\(date).m3u8" }

    public func text() -> String {
        var lines = ["#EXTM3U"]
        for session in sessions {
            // A plain comment: players skip it, a person opening the file sees which session follows.
            lines.append("# \(date) \(session.start)-\(session.end) \(session.kind.chineseName)")
            let rounds = PlaylistEntries.rounds(session)
            if rounds > 1 {
                lines.append("# 开放日全天循环：以下 \(session.items.count) 个节目连放 \(rounds) 遍，覆盖 \(session.start)-\(session.end)")
            }
            for item in PlaylistEntries.played(session) {
                lines.append("#EXTINF:\(item.durationSeconds),\(Self.oneLine(item.title))")
                lines.append(Self.oneLine(entries.reference(item.path)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line break inside a title or path would split the entry in two.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
