public import ChineseText
import Planner

/// The month's poster for the notice board (远程教育公示栏): A4, large type, the month as a calendar marking
/// study days, weekly sessions and open days, then each session's content. One self-contained HTML file.
public struct NoticeBoardPoster: Sendable {
    public var input: NoticeInput

    public init(_ input: NoticeInput) { self.input = input }

    /// The poster in the station's script.
    public func html() throws(ScriptConversionError) -> String {
        try input.station.script.render(simplifiedHTML())
    }

    /// The poster before any conversion to traditional characters.
    public func simplifiedHTML() -> String {
        let title = "\(input.stationName) \(input.month.chineseName)远程教育学习安排"
        let body = """
            <main class="poster">
            \(header())
            \(MonthGrid(input: input).html())
            \(sessionList())
            <footer><strong>欢迎按时参加，到场请在签到表上签名。</strong><span>\(input.county.html)远程教育公示栏</span></footer>
            </main>
            """
        return NoticeHTML.document(title: title, language: input.station.script.htmlLanguage, css: Self.css, body: body)
    }

    private func header() -> String {
        let place = [input.station.school, input.station.room].filter { !$0.trimmedSpaces.isEmpty }.map(\.html)
        return """
            <header>
            <p class="board">\(input.county.html) · 远程教育公示栏</p>
            <h1>\(input.stationName.html) \(input.month.chineseName)学习安排</h1>
            <p class="place">学习地点：\(place.isEmpty ? input.stationName.html : place.joined(separator: " "))</p>
            </header>
            """
    }

    /// Each study day and weekly session as a card, the open days as the last card of the same grid.
    private func sessionList() -> String {
        let sessions = input.announcedSessions
        var cards = sessions.map { session -> String in
            let items = session.items.map { item in
                "<li>\(item.title.html) <span class=\"topic\">\(input.topicNames.label(item.topic).html) · \(NoticeHTML.minutes(seconds: item.durationSeconds))</span></li>"
            }
            let list = items.isEmpty ? "<p class=\"none\">内容另行通知</p>" : "<ol>\n\(items.joined(separator: "\n"))\n</ol>"
            let kind = NoticeHTML.cssClass(session.kind)
            return """
                <article class="session \(kind)">
                <h3><span class="tag \(kind)">\(NoticeHTML.symbol(session.kind))\(MonthGrid.shortName(session.kind))</span> <span class="when">\(NoticeHTML.day(session.date)) \(NoticeHTML.range(session))</span></h3>
                \(list)
                </article>
                """
        }
        if let openDays = openDayCard() { cards.append(openDays) }
        let none = sessions.isEmpty ? "<p class=\"none\">本月没有安排集中学习。</p>\n" : ""
        return "<section class=\"sessions\">\n<h2>学习内容</h2>\n\(none)<div class=\"grid\">\n\(cards.joined(separator: "\n"))\n</div>\n</section>"
    }

    private func openDayCard() -> String? {
        let openDays = input.openDays
        guard let first = openDays.first else { return nil }
        let regular = openDays.allSatisfy {
            $0.date.weekday == first.date.weekday && $0.start == first.start && $0.end == first.end
        }
        let when: [String]
        if regular {
            let days = openDays.map { "\($0.date.day)日" }.joined(separator: "、")
            when = ["每\(first.date.weekday.chineseName) \(NoticeHTML.range(first))", "本月：\(first.date.month)月\(days)"]
        } else {
            when = openDays.map { "\(NoticeHTML.day($0.date)) \(NoticeHTML.range($0))" }
        }
        var seen: Set<String> = []
        let loop = openDays.flatMap(\.items).map(\.title).filter { seen.insert($0).inserted }
        // The loop can hold the whole month; a card names the first few.
        let shown = loop.prefix(6).map(\.html).joined(separator: "、") + (loop.count > 6 ? " 等 \(loop.count) 个节目" : "")
        let loopText = loop.isEmpty ? "" : "\n<p class=\"loop\">全天循环播放：\(shown)</p>"
        return """
            <article class="session open">
            <h3><span class="tag open">\(NoticeHTML.symbol(.openDay))开放日</span> <span class="when">站点开放，欢迎自主学习</span></h3>
            <ul>
            \(when.map { "<li>\($0.html)</li>" }.joined(separator: "\n"))
            </ul>
            <p>想看的节目可请站点管理员播放。</p>\(loopText)
            </article>
            """
    }

    static let css = """
        .poster { width: 186mm; margin: 0 auto; font-size: 13pt; line-height: 1.35; }
        header { text-align: center; border-bottom: 1.2mm solid #b71c1c; padding-bottom: 1.5mm; margin-bottom: 2.5mm; }
        .board { margin: 0; font-size: 12pt; letter-spacing: 0.3em; color: #b71c1c; }
        h1 { margin: 0.5mm 0; font-size: 24pt; line-height: 1.25; }
        .place { margin: 0; font-size: 15pt; font-weight: bold; }
        h2 { font-size: 15pt; margin: 2.5mm 0 1.5mm; }
        .month { width: 100%; border-collapse: collapse; table-layout: fixed; }
        .month th { font-size: 13pt; background: #eee; border: 0.3mm solid #555; padding: 0.5mm; }
        .month th.weekend { color: #b71c1c; }
        .month td { border: 0.3mm solid #555; height: 12mm; vertical-align: top; padding: 0.6mm 1mm; }
        .month td.outside { background: #f4f4f4; }
        .month .date { display: block; font-size: 15pt; font-weight: bold; line-height: 1.1; }
        .month .mark { display: block; font-size: 9.5pt; line-height: 1.3; border-radius: 1mm; padding: 0 0.8mm; margin-top: 0.3mm; white-space: nowrap; overflow: hidden; }
        .study { background: #ffcdd2; }
        .weekly { background: #c5dcf7; }
        .open { background: #d4edc9; }
        .mark.study, .tag.study { background: #b71c1c; color: #fff; }
        .mark.weekly, .tag.weekly { background: #0d47a1; color: #fff; }
        .mark.open, .tag.open { background: #2e7d32; color: #fff; }
        .legend { margin: 1.2mm 0 0; font-size: 11pt; }
        .legend .tag { margin-right: 3mm; }
        .tag { display: inline-block; border-radius: 1mm; padding: 0 1.2mm; font-size: 11pt; font-weight: bold; white-space: nowrap; }
        .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm; }
        .session { border: 0.4mm solid #555; border-radius: 1.5mm; padding: 1.2mm 2mm; break-inside: avoid; background: #fff; }
        .session.study { border-left: 2.5mm solid #b71c1c; }
        .session.weekly { border-left: 2.5mm solid #0d47a1; }
        .session.open { border-left: 2.5mm solid #2e7d32; background: #eef7ea; }
        .session h3 { margin: 0 0 0.8mm; font-size: 13pt; white-space: nowrap; }
        .session ol, .session ul { margin: 0; padding-left: 5.5mm; font-size: 11.5pt; }
        .session li { margin: 0.2mm 0; }
        .session p { margin: 0.5mm 0 0; font-size: 11.5pt; }
        .topic { font-size: 9pt; color: #333; border: 0.2mm solid #777; border-radius: 1mm; padding: 0 0.8mm; white-space: nowrap; }
        .none { font-size: 12pt; }
        footer { margin-top: 2.5mm; padding-top: 1.5mm; border-top: 0.6mm solid #b71c1c; display: flex; justify-content: space-between; font-size: 13pt; }
        """
}
