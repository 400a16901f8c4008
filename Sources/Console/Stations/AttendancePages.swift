import Yuanjiao

/// The attendance page: the month's study sessions, and for one of them the members' checklist and the
/// count of non-member villagers.
enum AttendancePages {
    struct Sheet: Sendable {
        var station: String
        var stationName: String
        var month: YearMonth
        var dates: [LocalDate]
        var date: LocalDate?
        var members: [String]
        var present: Set<String>
        /// Members whose 心得体会 for this session was handed in.
        var reflections: Set<String> = []
        var visitors: Int?
    }

    static func sheet(_ sheet: Sheet, saved: Bool, csrf: String?) -> HTML {
        let links: [HTML] = Array(Set(sheet.dates)).sorted().map { date in
            "<a href=\"/station/\(sheet.station)/attendance?date=\(date.description)\">\(date.chineseMonthDay)</a> "
        }
        var body: HTML = """
            <h1>\(sheet.stationName) · \(sheet.month.chineseName) 签到</h1>
            <p>本月学习：\(links.isEmpty ? "本月还没有计划的学习场次。" : "")\(links)</p>
            """
        guard let date = sheet.date else { return body + "<p class=\"muted\">请选择一次学习。</p>" }
        if saved { body = body + "<p class=\"ok\">已保存。更正会记入修改记录。</p>" }
        let rows: [HTML] = sheet.members.enumerated().map { index, name in
            let checked = sheet.present.contains(name) ? " checked" : ""
            let handedIn = sheet.reflections.contains(name) ? " checked" : ""
            return """
                <tr><td><label><input type="checkbox" name="present-\(index)" value="1"\(HTML(raw: checked))> \(name)</label>\
                <input type="hidden" name="member-\(index)" value="\(name)"></td>\
                <td><label><input type="checkbox" name="reflection-\(index)" value="1"\(HTML(raw: handedIn))> 交了心得</label></td></tr>
                """
        }
        return body + """
            <h2>\(date.chineseMonthDay)</h2>
            <form method="post" action="/station/\(sheet.station)/attendance">\(CSRFField(csrf))
            <input type="hidden" name="date" value="\(date.description)">
            <table><tr><th>成员（到了的打勾）</th><th>心得体会</th></tr>\(rows)</table>
            \(sheet.members.isEmpty ? HTML("<p class=\"muted\">站点文件中没有本站的成员名单。</p>") : HTML(""))
            <p><label>非成员群众人数 <input type="number" name="visitors" min="0" value="\(sheet.visitors.map(String.init) ?? "")"></label></p>
            <button type="submit">保存签到</button></form>
            """
    }
}
