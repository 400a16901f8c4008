public import Planner

/// The 快乐园 notices of a station's month, from its stored children's plan and its roster (names are looked
/// up here, at the station, never stored): the notice-board poster, the loudspeaker text (first names only: the
/// whole village hears it), the 亲情视频 schedule parents can be sent, and the children's sign-in sheets.
public struct ChildrenNotices: Sendable {
    public var input: NoticeInput

    public init(_ input: NoticeInput) {
        self.input = input
    }

    var sessions: [ChildrenSession] { input.plan.children?.sessions ?? [] }
    var roster: [Child] { input.station.children?.roster ?? [] }
    var heading: String { "\(input.stationName)快乐园 \(input.month.chineseName)" }

    /// The children a session is for: a group of the computer class, the birthday children, or everyone.
    public func children(of session: ChildrenSession) -> [Child] {
        if let window = session.window { return ChildrenGroups.birthdays(in: window, roster: roster) }
        if session.groups > 1 { return ChildrenGroups.group(session.group, of: session.groups, roster: roster) }
        return ChildrenGroups.ordered(roster)
    }

    static func when(_ session: ChildrenSession) -> String {
        "\(session.date.chineseMonthDay)（\(session.date.weekday.chineseName)）\(session.start)–\(session.end)"
    }

    static func what(_ session: ChildrenSession) -> String {
        session.groups > 1 ? "\(session.title)（第\(session.group)组，共\(session.groups)组）" : session.title
    }

    /// Read aloud over the loudspeaker: dates, times, places and the birthday children's first names.
    public func loudspeakerText() -> String {
        var lines = ["【\(heading)活动安排】", "各位家长、小朋友们：\(input.stationName)快乐园本月活动安排如下。"]
        if sessions.isEmpty { lines.append("本月没有安排快乐园活动。") }
        for session in sessions {
            var line = "\(Self.when(session))，\(session.room.isEmpty ? "" : "在\(session.room)")\(Self.what(session))"
            if session.kind == .birthday {
                let names = children(of: session).map(\.firstName)
                line += "，为\(session.window.map { "\($0.first.chineseMonthDay)到\($0.last.chineseMonthDay)" } ?? "本月")过生日的\(names.joined(separator: "、"))小朋友庆祝生日"
            }
            if !session.items.isEmpty { line += "，放映《\(session.items.map(\.title).joined(separator: "》《"))》" }
            lines.append(line + "。")
        }
        lines.append("请家长按时送孩子参加，注意路上安全。")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Plain text a station administrator forwards to parents working in the cities.
    public func familyVideoSchedule() -> String {
        let calls = sessions.filter { $0.kind == .familyVideo }
        var lines = ["\(heading)亲情视频时间表", "", "在外务工的家长们：下面这些时间，孩子们在\(input.station.school.isEmpty ? input.stationName : input.station.school)等您视频通话。"]
        if calls.isEmpty { lines.append("本月没有安排亲情视频。") }
        for session in calls { lines.append("· \(Self.when(session))\(session.room.isEmpty ? "" : "，\(session.room)")") }
        if let phone = input.station.children?.phone { lines += ["", "站点电话：\(phone)"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The notice-board poster: every session with its time, room and the children it is for.
    public func posterHTML() -> String {
        var rows: [String] = []
        for session in sessions {
            let names = session.kind == .familyVideo || session.kind == .visit || session.kind == .childrenFilm
                ? "全体孩子（\(session.children) 人）"
                : ChildrenGroups.displayNames(children(of: session), roster: roster).joined(separator: "、")
            let films = session.items.isEmpty ? "" : "<br/>《\(session.items.map { $0.title.html }.joined(separator: "》《"))》"
            let window = session.window.map { "<br/>\($0.first.chineseMonthDay)–\($0.last.chineseMonthDay)过生日" } ?? ""
            rows.append(
                "<tr class=\"\(session.kind.rawValue)\"><td>\(Self.when(session).html)</td><td>\(Self.what(session).html)\(films)\(window)</td><td>\(session.room.html)</td><td>\(names.html)</td></tr>")
        }
        let body = """
            <h1>\(heading.html)活动安排</h1>
            <table><thead><tr><th>时间</th><th>活动</th><th>地点</th><th>参加的孩子</th></tr></thead>
            <tbody>\(rows.isEmpty ? "<tr><td colspan=\"4\">本月没有安排快乐园活动。</td></tr>" : rows.joined(separator: "\n"))</tbody></table>
            """
        return NoticeHTML.document(title: "\(heading)活动安排", language: input.station.script.htmlLanguage, css: Self.css, body: body)
    }

    /// One A4 page per session: the children it is for, a row each to sign, counted apart from members.
    public func signInHTML() -> String {
        let pages = sessions.filter { $0.kind != .familyVideo }.map { session -> String in
            let names = ChildrenGroups.displayNames(children(of: session), roster: roster)
            let rows = names.enumerated().map { "<tr><td>\($0.offset + 1)</td><td>\($0.element.html)</td><td></td></tr>" }
            return """
                <section class="sheet"><h1>快乐园签到表</h1>
                <table class="facts"><tr><th>站点</th><td>\(input.stationName.html)</td><th>地点</th><td>\(session.room.html)</td></tr>
                <tr><th>日期</th><td>\(session.date.year)年\(session.date.chineseMonthDay)（\(session.date.weekday.chineseName)）</td><th>时间</th><td>\(session.start)–\(session.end)</td></tr>
                <tr><th>活动</th><td colspan="3">\(Self.what(session).html)</td></tr></table>
                <table><thead><tr><th>序号</th><th>孩子姓名</th><th>签到</th></tr></thead><tbody>\(rows.joined())</tbody></table>
                <p>应到 \(names.count) 人，实到____人（孩子签到单独统计，不计入党员参学率）</p></section>
                """
        }
        return NoticeHTML.document(
            title: "\(heading)签到表", language: input.station.script.htmlLanguage, css: Self.css,
            body: pages.isEmpty ? "<p>本月没有安排快乐园活动。</p>" : pages.joined(separator: "\n"))
    }

    static let css = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:1.5cm}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:4px 6px;text-align:left}
        .sheet{page-break-after:always}h1{font-size:20pt}.facts{margin-bottom:4mm}.facts th{width:16mm;background:#eee}
        """
}
