import Yuanjiao

/// Guide programmes with no recording yet: what the satellite will bring, so the librarian knows what to
/// record and the county office what will soon be in the catalogue.
enum UpcomingPages {
    static func page(_ programmes: [SearchResults.ProgrammeHit]) -> HTML {
        """
        <h1>即将播出</h1>
        <p class="muted">导入的节目单中还没有录像的节目，正在播出和将要播出的在前。卫星接收录好、重新扫描后，它们进入审核队列。</p>
        \(programmes.isEmpty
            ? "<p>节目单中没有尚未录像的后续节目。用 <code>yuanjiao index 文件夹 --guide 节目单.xml</code> 导入新的节目单。</p>"
            : table(programmes))
        """
    }

    /// The search page's section: shown only when the query found programmes.
    static func programmes(_ programmes: [SearchResults.ProgrammeHit], heading: String) -> HTML {
        guard !programmes.isEmpty else { return "" }
        return """
            <h2 id="upcoming">\(heading)（\(programmes.count) 条，即将播出的在前）</h2>
            \(table(programmes))
            """
    }

    private static func table(_ programmes: [SearchResults.ProgrammeHit]) -> HTML {
        """
        <table class="programmes"><tr><th>日期</th><th>时间</th><th>频道</th><th>节目</th></tr>
        \(programmes.html { programme in """
            <tr><td>\(day(programme.start))</td><td>\(clock(programme.start))\(programme.stop.map { "–" + clock($0) } ?? "")</td>
            <td>\(programme.channelName ?? programme.channel)</td>
            <td>\(programme.title)\(programme.episode.map { " 第\($0)集" } ?? "")\(programme.subTitle.map { HTML("<br><span class=\"muted\">\($0)</span>") } ?? "")</td></tr>
            """ })</table>
        """
    }

    /// `2026-12-05T19:00:00+08:00` → `2026-12-05` (the guide's times are already in Beijing time).
    private static func day(_ iso: String) -> String { String(iso.prefix(10)) }

    /// `2026-12-05T19:00:00+08:00` → `19:00`.
    private static func clock(_ iso: String) -> String { String(iso.dropFirst(11).prefix(5)) }
}
