import Planner

/// The month's open days as a few short lines: days sharing opening hours on one line, then what loops.
struct OpenDayList {
    /// `12月5日（六）、19日（六） 08:30–21:30`, one line per opening hours.
    var hours: [String]
    var askAdministrator = "想看的节目可请站点管理员播放。"
    /// `全天循环播放：…`, nil when the open days have no playlist.
    var loop: String?

    var lines: [String] { hours + [askAdministrator] + (loop.map { [$0] } ?? []) }

    init?(_ openDays: [PlannedSession]) {
        guard let first = openDays.first else { return nil }
        var hours: [String] = []
        var daysByHours: [String: [String]] = [:]
        for day in openDays {
            let range = NoticeHTML.range(day)
            if daysByHours[range] == nil { hours.append(range) }
            let weekday = String(day.date.weekday.chineseName.suffix(1))
            daysByHours[range, default: []].append("\(day.date.day)日（\(weekday)）")
        }
        self.hours = hours.map { "\(first.date.month)月\(daysByHours[$0, default: []].joined(separator: "、")) \($0)" }
        var seen: Set<String> = []
        let loop = openDays.flatMap(\.items).map(\.title).filter { seen.insert($0).inserted }
        // The loop can hold the whole month; the card names the first few, in about two short lines.
        var named = 0, length = 0
        for title in loop {
            if named > 0, length + title.count > 32 { break }
            named += 1
            length += title.count
        }
        let shown = loop.prefix(named).joined(separator: "、") + (loop.count > named ? " 等 \(loop.count) 个节目" : "")
        self.loop = loop.isEmpty ? nil : "全天循环播放：\(shown)"
    }

    func card() -> String {
        let loopLine = loop.map { "\n<p class=\"loop\">\($0.html)</p>" } ?? ""
        return """
            <article class="session open">
            <h3><span class="tag open">\(NoticeHTML.symbol(.openDay))开放日</span> <span class="when">站点开放，欢迎自主学习</span></h3>
            <ul>
            \(hours.map { "<li>\($0.html)</li>" }.joined(separator: "\n"))
            </ul>
            <p>\(askAdministrator.html)</p>\(loopLine)
            </article>
            """
    }
}
