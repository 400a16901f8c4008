public import ChineseText
import Planner

/// The month's poster for the notice board (远程教育公示栏): one A4 page, large type, the month as a calendar
/// marking study days, weekly sessions and open days, then each session's content. One self-contained HTML file.
///
/// Type is as large as the month allows (`PosterLayout`): 14 pt or more for an ordinary month, smaller type and
/// more columns for a month full of sessions, so the poster never spills onto a second sheet.
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
        let layout = PosterLayout.choose(for: content)
        let body = """
            <main class="poster\(layout.compact ? " compact" : "")" style="\(layout.style)">
            \(header())
            \(MonthGrid(input: input).html())
            \(sessionList(layout))
            <footer><strong>欢迎按时参加，到场请在签到表上签名。</strong><span>\(input.county.html)远程教育公示栏</span></footer>
            </main>
            """
        return NoticeHTML.document(title: title, language: input.station.script.htmlLanguage, css: Self.css, body: body)
    }

    private var heading: String { "\(input.stationName) \(input.month.chineseName)学习安排" }

    private var placeText: String {
        let place = [input.station.school, input.station.room].filter { !$0.trimmedSpaces.isEmpty }
        return "学习地点：" + (place.isEmpty ? input.stationName : place.joined(separator: " "))
    }

    private func header() -> String {
        """
        <header>
        <p class="board">\(input.county.html) · 远程教育公示栏</p>
        <h1>\(heading.html)</h1>
        <p class="place">\(placeText.html)</p>
        </header>
        """
    }

    /// The poster's text as the layout estimate measures it.
    var content: PosterContent {
        var cards = input.announcedSessions.map { session in
            PosterContent.Card(
                heading: "\(NoticeHTML.symbol(session.kind))\(MonthGrid.shortName(session.kind)) \(when(session))",
                compactHeading: "\(NoticeHTML.symbol(session.kind))\(shortWhen(session))",
                items: session.items.map { PosterContent.Item(title: $0.title, badge: badge($0)) })
        }
        if let openDays = OpenDayList(input.openDays) {
            cards.append(PosterContent.Card(
                heading: "○开放日 站点开放，欢迎自主学习", compactHeading: "○开放日 站点开放，欢迎自主学习",
                items: openDays.lines.map { PosterContent.Item(title: $0, badge: "") }, clipsItems: false))
        }
        let byDay = Dictionary(grouping: input.sessions, by: \.date).mapValues(\.count)
        let leading = input.month.firstDay.weekday.rawValue - 1
        let weeks = (leading + input.month.days.count + 6) / 7
        let marks = (0..<weeks).map { week in
            input.month.days.enumerated().filter { ($0.offset + leading) / 7 == week }.map { byDay[$0.element] ?? 0 }.max() ?? 0
        }
        return PosterContent(title: heading, place: placeText, cards: cards, marksPerWeek: marks)
    }

    private func when(_ session: PlannedSession) -> String { "\(NoticeHTML.day(session.date)) \(NoticeHTML.range(session))" }

    private func heading(_ session: PlannedSession) -> String {
        let kind = NoticeHTML.cssClass(session.kind)
        return "<h3><span class=\"tag \(kind)\">\(NoticeHTML.symbol(session.kind))\(MonthGrid.shortName(session.kind))</span> <span class=\"when\">\(NoticeHTML.day(session.date).html) <span class=\"time\">\(NoticeHTML.range(session))</span></span></h3>"
    }

    private func compactHeading(_ session: PlannedSession) -> String {
        let kind = NoticeHTML.cssClass(session.kind)
        return "<h3><span class=\"tag \(kind)\">\(NoticeHTML.symbol(session.kind))</span><span class=\"when\">\(shortWhen(session))</span></h3>"
    }

    /// `12月1日（二） 19:00–21:00`.
    private func shortWhen(_ session: PlannedSession) -> String {
        "\(session.date.chineseMonthDay)（\(session.date.weekday.chineseName.suffix(1))） \(NoticeHTML.range(session))"
    }

    private func badge(_ item: PlannedItem) -> String {
        "\(input.topicNames.label(item.topic)) · \(NoticeHTML.minutes(seconds: item.durationSeconds))"
    }

    /// Each study day and weekly session as a card, the open days as one compact card at the end.
    private func sessionList(_ layout: PosterLayout) -> String {
        let itemLimit = layout.itemLimit
        let sessions = input.announcedSessions
        var cards = sessions.map { session -> String in
            let shown = itemLimit.map { Array(session.items.prefix($0)) } ?? session.items
            var items = shown.map { item in
                layout.compact
                    ? "<li>\(item.title.html)</li>" : "<li>\(item.title.html) <span class=\"topic\">\(badge(item).html)</span></li>"
            }
            if shown.isEmpty, !session.items.isEmpty {
                items.append("<li class=\"more\">本次 \(session.items.count) 个节目，见本次播放单</li>")
            } else if shown.count < session.items.count {
                items.append("<li class=\"more\">另有 \(session.items.count - shown.count) 个节目，见本次播放单</li>")
            }
            let list = items.isEmpty ? "<p class=\"none\">内容另行通知</p>" : "<ol>\n\(items.joined(separator: "\n"))\n</ol>"
            let kind = NoticeHTML.cssClass(session.kind)
            return """
                <article class="session \(kind)">
                \(layout.compact ? compactHeading(session) : heading(session))
                \(list)\(materialsLine(session))
                </article>
                """
        }
        if let openDays = OpenDayList(input.openDays) { cards.append(openDays.card()) }
        let none = sessions.isEmpty ? "<p class=\"none\">本月没有安排集中学习。</p>\n" : ""
        return "<section class=\"sessions\">\n<h2>学习内容</h2>\n\(none)<div class=\"cards\">\n\(cards.joined(separator: "\n"))\n</div>\n</section>"
    }
}
