public import ChineseText
import Planner

/// Attendance sheets (签到表): one A4 page per study day and weekly session with the station, date, time
/// and content, numbered rows for name, signature and arrival time, and a totals line (应到 / 实到).
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
            : sessions.map(page)
        let title = "\(input.stationName) \(input.month.chineseName)学习签到表"
        return NoticeHTML.document(
            title: title, language: input.station.script.htmlLanguage, css: Self.css, body: pages.joined(separator: "\n"))
    }

    private func page(_ session: PlannedSession) -> String {
        let place = [input.station.school, input.station.room].filter { !$0.trimmedSpaces.isEmpty }.map(\.html)
        let content = session.items.isEmpty
            ? "另行通知"
            : session.items.map { "\($0.title.html)（\(input.topicNames.label($0.topic).html)）" }.joined(separator: "；")
        let lines = (1...rows).map { "<tr><td class=\"no\">\($0)</td><td></td><td></td><td></td></tr>" }
        return """
            <section class="sheet">
            <h1>远程教育学习签到表</h1>
            <table class="facts">
            <tr><th>站点</th><td>\(input.stationName.html)</td><th>地点</th><td>\(place.joined(separator: " "))</td></tr>
            <tr><th>日期</th><td>\(input.month.year)年\(NoticeHTML.day(session.date))</td><th>时间</th><td>\(NoticeHTML.range(session))（\(session.kind.chineseName)）</td></tr>
            <tr><th>内容</th><td colspan="3" class="content">\(content)</td></tr>
            </table>
            <table class="names">
            <thead><tr><th class="no">序号</th><th class="name">姓名</th><th class="sign">签名</th><th class="time">到达时间</th></tr></thead>
            <tbody>
            \(lines.joined(separator: "\n"))
            </tbody>
            </table>
            <p class="totals">应到 ______ 人　　实到 ______ 人　　站点管理员签字：____________</p>
            </section>
            """
    }

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
        .names .name { width: 52mm; }
        .names .time { width: 36mm; }
        .totals { margin: 4mm 0 0; font-size: 13pt; }
        """
}
