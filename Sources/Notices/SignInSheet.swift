public import ChineseText
import Planner

/// Attendance sheets (签到表): per study day and weekly session, A4 pages with the station, date, time and
/// content, numbered rows for name, signature and arrival time, and a totals line (应到 / 实到). With the
/// station's members the rows print their names (with 身份 and 小组), then blank rows for others; a long
/// list continues on further pages. Without members, a page of blank rows and a continuation page.
public struct SignInSheet: Sendable {
    public var input: NoticeInput
    /// Numbered rows per page; twenty fit an A4 page beside the header at a size people can write in.
    public var rows: Int

    public init(_ input: NoticeInput, rows: Int = 20) {
        self.input = input
        self.rows = max(1, rows)
    }

    /// The sheets in the station's script.
    public func html() throws(ScriptConversionError) -> String {
        try input.station.script.render(simplifiedHTML())
    }

    /// The sheets before any conversion to traditional characters.
    public func simplifiedHTML() -> String {
        let sessions = input.announcedSessions
        let pages = sessions.isEmpty
            ? ["<section class=\"sheet\"><h1>远程教育学习签到表</h1><p>\(input.stationName.html) \(input.month.chineseName)没有安排学习。</p></section>"]
            : sessions.flatMap(pages)
        let title = "\(input.stationName) \(input.month.chineseName)学习签到表"
        return NoticeHTML.document(
            title: title, language: input.station.script.htmlLanguage, css: Self.css, body: pages.joined(separator: "\n"))
    }

    /// Blank rows after the members, for people not on the list.
    static let blankRowsAfterMembers = 5

    private func pages(_ session: PlannedSession) -> [String] {
        let members = input.members
        let filled = members.isEmpty ? rows * 2 : members.count + Self.blankRowsAfterMembers
        let pageCount = max(1, (filled + rows - 1) / rows)
        return (0..<pageCount).map { index in
            let numbers = (index * rows + 1)...((index + 1) * rows)
            let lines = numbers.map { number -> String in
                let member = number <= members.count ? members[number - 1] : nil
                if members.isEmpty { return "<tr><td class=\"no\">\(number)</td><td></td><td></td><td></td><td></td></tr>" }
                return "<tr><td class=\"no\">\(number)</td><td>\((member?.name ?? "").html)</td>"
                    + "<td class=\"role\">\((member?.role ?? "").html)</td><td class=\"group\">\((member?.group ?? "").html)</td>"
                    + "<td></td><td></td><td></td></tr>"
            }
            return page(session, lines: lines, page: index + 1, of: pageCount)
        }
    }

    private func page(_ session: PlannedSession, lines: [String], page: Int, of pageCount: Int) -> String {
        let place = [input.station.school, input.station.room].filter { !$0.trimmedSpaces.isEmpty }.map(\.html)
        let content = session.items.isEmpty
            ? "另行通知"
            : session.items.map { "\($0.title.html)（\(input.topicNames.label($0.topic).html)）" }.joined(separator: "；")
        let heading = page == 1 ? "远程教育学习签到表" : "远程教育学习签到表（续）"
        let header = input.members.isEmpty
            ? "<th class=\"no\">序号</th><th class=\"name\">姓名</th><th class=\"sign\">签名</th><th class=\"time\">到达时间</th>" + Self.reflectionHeader
            : "<th class=\"no\">序号</th><th class=\"name\">姓名</th><th class=\"role\">身份</th><th class=\"group\">小组</th>"
                + "<th class=\"sign\">签名</th><th class=\"time\">到达时间</th>" + Self.reflectionHeader
        let facts = page == 1
            ? """
            <table class="facts">
            <tr><th>站点</th><td>\(input.stationName.html)</td><th>地点</th><td>\(place.joined(separator: " "))</td></tr>
            <tr><th>日期</th><td>\(input.month.year)年\(NoticeHTML.day(session.date))</td><th>时间</th><td>\(NoticeHTML.range(session))（\(session.kind.chineseName)）</td></tr>
            <tr><th>内容</th><td colspan="3" class="content">\(content)</td></tr>
            </table>
            """
            : "<p class=\"continued\">\(input.stationName.html)　\(input.month.year)年\(NoticeHTML.day(session.date)) \(NoticeHTML.range(session))　第 \(page) 页，共 \(pageCount) 页</p>"
        let totals = page == pageCount
            ? "<p class=\"totals\">应到 ______ 人　　实到 ______ 人　　站点管理员签字：____________</p>"
            : "<p class=\"totals\">接下页</p>"
        return """
            <section class="sheet">
            <h1>\(heading)</h1>
            \(facts)
            <table class="names">
            <thead><tr>\(header)</tr></thead>
            <tbody>
            \(lines.joined(separator: "\n"))
            </tbody>
            </table>
            \(totals)
            </section>
            """
    }

    /// 心得体会 handed in after the session is ticked here; `attendance import` reads the column back.
    static let reflectionHeader = "<th class=\"reflection\">心得</th>"

    static let css = """
        .sheet { width: 186mm; margin: 0 auto; font-size: 12.5pt; break-after: page; page-break-after: always; }
        .sheet:last-child { break-after: auto; page-break-after: auto; }
        h1 { text-align: center; font-size: 21pt; letter-spacing: 0.2em; margin: 0 0 3mm; }
        table { width: 100%; border-collapse: collapse; }
        .facts th, .facts td { border: 0.3mm solid #333; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
        .facts th { width: 16mm; background: #eee; white-space: nowrap; }
        .facts .content { font-size: 11.5pt; line-height: 1.35; }
        .names { margin-top: 3mm; table-layout: fixed; }
        .names th, .names td { border: 0.3mm solid #333; height: 9.2mm; padding: 0 1.5mm; }
        .names th { background: #eee; font-size: 12pt; height: 8mm; }
        .names .no { width: 14mm; text-align: center; }
        .names .name { width: 44mm; }
        .names .time { width: 30mm; }
        .names .reflection { width: 14mm; text-align: center; }
        .names .role { width: 16mm; text-align: center; }
        .names .group { width: 18mm; text-align: center; }
        .continued { margin: 0 0 2mm; font-size: 12pt; text-align: center; }
        .totals { margin: 4mm 0 0; font-size: 13pt; }
        """
}
