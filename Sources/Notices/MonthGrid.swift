import Planner

/// The month as a Monday-first calendar table, each day marked with its sessions, and the legend.
struct MonthGrid {
    var input: NoticeInput

    func html() -> String {
        let month = input.month
        let byDay = Dictionary(grouping: input.sessions, by: \.date)
        let leading = month.firstDay.weekday.rawValue - 1
        var cells: [String] = Array(repeating: "<td class=\"outside\"></td>", count: leading)
        for date in month.days {
            let sessions = byDay[date] ?? []
            // A day's tint follows its most important session: study day, then weekly, then open day.
            let main = [SessionKind.studyDay, .weekly, .openDay].first { kind in sessions.contains { $0.kind == kind } }
            let tint = main.map { " class=\"\(NoticeHTML.cssClass($0))\"" } ?? ""
            let marks = sessions.map { session in
                let kind = NoticeHTML.cssClass(session.kind)
                return "<span class=\"mark \(kind)\">\(Self.cellMark(session))</span>"
            }
            cells.append("<td\(tint)><span class=\"date\">\(date.day)</span>\(marks.joined())</td>")
        }
        while cells.count % 7 != 0 { cells.append("<td class=\"outside\"></td>") }
        let rows = stride(from: 0, to: cells.count, by: 7).map { "<tr>" + cells[$0..<$0 + 7].joined() + "</tr>" }
        let head = Weekday.allCases.map { day in
            let name = String(day.chineseName.suffix(1))
            return day.isWeekend ? "<th class=\"weekend\">\(name)</th>" : "<th>\(name)</th>"
        }
        let legend = [SessionKind.studyDay, .weekly, .openDay].map {
            "<span class=\"tag \(NoticeHTML.cssClass($0))\">\(NoticeHTML.symbol($0)) \($0.chineseName)</span>"
        }
        return """
            <section class="calendar">
            <table class="month">
            <thead><tr>\(head.joined())</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            <p class="legend">图例：\(legend.joined(separator: " "))</p>
            </section>
            """
    }

    /// A card's tag.
    static func shortName(_ kind: SessionKind) -> String {
        switch kind {
        case .studyDay: "集中学习"
        case .weekly: "每周学习"
        case .openDay: "开放日"
        }
    }

    /// What fits in a day cell (a seventh of the page): `★集中 09:00`, `●每周 19:00`, `○开放日`.
    static func cellMark(_ session: PlannedSession) -> String {
        switch session.kind {
        case .studyDay: "★集中 \(session.start)"
        case .weekly: "●每周 \(session.start)"
        case .openDay: "○开放日"
        }
    }
}
