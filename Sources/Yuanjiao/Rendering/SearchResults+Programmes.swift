import Catalogue

extension SearchResults {
    /// The guide-only section: programmes that will air (or aired) with no recording in the catalogue yet.
    var programmeLines: [String] {
        guard !programmes.isEmpty else { return [] }
        var lines = ["节目单中还没有录像的节目（\(programmes.count) 条，卫星播出后可录制）："]
        for programme in programmes {
            let channel = programme.channelName ?? programme.channel
            let stop = programme.stop.map { "–" + Self.clock($0) } ?? ""
            let subTitle = programme.subTitle.map { "　" + $0 } ?? ""
            lines.append("  · \(Self.day(programme.start)) \(Self.clock(programme.start))\(stop)　\(channel)　\(programme.title)\(subTitle)")
        }
        return lines
    }

    /// `2026-12-05T19:00:00+08:00` → `2026-12-05`.
    private static func day(_ iso: String) -> String { String(iso.prefix(10)) }

    /// `2026-12-05T19:00:00+08:00` → `19:00`.
    private static func clock(_ iso: String) -> String {
        let time = iso.dropFirst(11)
        return String(time.prefix(5))
    }
}
