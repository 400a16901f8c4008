import Foundation
import Yuanjiao

/// The HTML of the county office's pages.
enum AdminPages {
    static func stations(
        _ report: StationFileReport, watchFolders: [String], rescanRunning: Bool, lastRescan: RescanState.Outcome?, csrf: String?
    ) -> HTML {
        let findings: HTML = report.problems.isEmpty
            ? "<p class=\"ok\">站点文件检查通过。</p>"
            : """
                <p class="error">站点文件有 \(report.problems.count) 处问题：</p><table><tr><th>位置</th><th>问题</th></tr>
                \(report.problems.prefix(BoundedProblemList.limit).html { "<tr><td>\($0.path):\($0.line):\($0.column)</td><td>\($0.message)</td></tr>" })</table>
                \(BoundedProblemList.omittedNote(total: report.problems.count).map { HTML("<p class=\"warning\" id=\"problems-omitted\">\($0)</p>") } ?? "")
                """
        let stations = report.file?.stations ?? []
        return """
            <h1>站点</h1><p>站点文件：\(report.path)\(report.file.map { HTML("（\($0.county)）") } ?? "")</p>\(findings)
            <table><tr><th>编号</th><th>名称</th><th>学校</th><th>模式</th><th>教室</th><th></th></tr>
            \(stations.html { station in """
                <tr><td>\(station.id)</td><td>\(station.name)</td><td>\(station.school)</td><td>模式\(ChineseDigits.text(station.mode))</td>
                <td>\(station.room)</td><td><a href="/station/\(station.id)">本站页面</a></td></tr>
                """ })</table>
            <h2>课件文件夹</h2>\(rescanSection(watchFolders: watchFolders, running: rescanRunning, last: lastRescan, csrf: csrf, returnPath: "/stations"))
            """
    }

    static func rescanSection(
        watchFolders: [String], running: Bool, last: RescanState.Outcome?, csrf: String?, returnPath: String
    ) -> HTML {
        guard !watchFolders.isEmpty else { return "<p class=\"muted\">没有监视的文件夹（启动时加 --watch 文件夹）。</p>" }
        let status: HTML = running
            ? "<p>正在重新扫描……</p>"
            : last.map { HTML("<p class=\"\($0.failed ? "error" : "muted")\">上次扫描 \(ConsoleDates.text($0.finished))：\($0.summary)</p>") } ?? ""
        return """
            <p>监视：\(watchFolders.joined(separator: "、"))（每隔几分钟自动扫描）</p>\(status)
            <form method="post" action="/rescan">\(CSRFField(csrf))<input type="hidden" name="return" value="\(returnPath)">
            <button type="submit">现在重新扫描</button></form>
            """
    }

    /// The month's title, navigation and plan button: the part that carries the session's CSRF token.
    static func monthHead(_ overview: MonthOverview, csrf: String?) -> HTML {
        let previous = overview.month.adding(months: -1), next = overview.month.adding(months: 1)
        return """
            <h1>\(overview.county) \(overview.month.description) 月计划</h1>
            <p><a href="/month?m=\(previous.description)">← \(previous.description)</a> · <a href="/month?m=\(next.description)">\(next.description) →</a></p>
            <form method="post" action="/month/plan" data-busy-on-submit>
            \(CSRFField(csrf))<input type="hidden" name="m" value="\(overview.month.description)">
            <button type="submit">排 \(overview.month.description) 的计划（覆盖本月已有计划）</button>
            <span class="progress" hidden>正在排课，请稍候……</span></form>
            """
    }

    /// The check and every station's plan: the same for every admin, so `MonthPageData` renders it once
    /// per version (a county of 150 stations is megabytes of HTML).
    static func monthPlans(_ overview: MonthOverview, topics: [TopicChoice]) -> HTML {
        """
        \(checkSection(overview.check))
        \(overview.stations.html { stationSection($0.station, $0.plan, month: overview.month, topics: topics) })
        """
    }

    private static func checkSection(_ report: CheckReport?) -> HTML {
        guard let report else { return "<p class=\"muted\">本月还没有计划。</p>" }
        if report.violations.isEmpty { return "<p class=\"ok\">复查通过：所有规则都满足。</p>" }
        return """
            <h2 class="error">复查发现 \(report.violations.count) 处违规</h2><table><tr><th>站点</th><th>日期</th><th>规则</th><th>说明</th></tr>
            \(report.violations.html { "<tr><td>\($0.station)</td><td>\($0.date.description)</td><td>\($0.rule.rawValue)</td><td>\($0.detail)</td></tr>" })</table>
            """
    }

    private static func stationSection(_ station: Station, _ plan: StationPlan?, month: YearMonth, topics: [TopicChoice]) -> HTML {
        guard let plan else {
            return "<section><h2>\(station.label)</h2><p class=\"muted\">还没有排计划。</p></section>"
        }
        return """
            <section><h2>\(station.label)</h2>
            <p><a href="/station/\(station.id)?m=\(month.description)">本站页面</a> ·
            <a href="/bundles/\(station.id)/\(month.description).zip">下载下发包（ZIP）</a></p>
            \(plan.warnings.isEmpty ? "" : HTML("<ul class=\"warning\">\(plan.warnings.html { "<li>\($0.text)</li>" })</ul>"))
            \(sessionsTable(plan.sessions, topics: topics))</section>
            """
    }

    /// The sessions with their items; each item's reason opens on click.
    static func sessionsTable(_ sessions: [PlannedSession], topics: [TopicChoice]) -> HTML {
        """
        <table class="sessions"><tr><th>日期</th><th>时间</th><th>类型</th><th>填充</th><th>课程（点开看理由）</th></tr>
        \(sessions.html { session in """
            <tr><td>\(session.date.description)</td><td>\(session.start.description)–\(session.end.description)</td>
            <td>\(session.kind.chineseName)</td><td>\(Int((session.fillRatio * 100).rounded()))%</td>
            <td>\(session.items.html { item in """
                <details><summary>\(TimeText.offset(item.startOffset)) \(item.title) <span class="muted">\(topics.name(of: item.topic))</span></summary>
                <p class="why">\(item.why)</p></details>
                """ })</td></tr>
            """ })</table>
        """
    }

    static func users(_ accounts: [Account]) -> HTML {
        """
        <h1>账号</h1><table><tr><th>账号</th><th>角色</th><th>站点</th><th>建立时间</th></tr>
        \(accounts.html { "<tr><td>\($0.name)</td><td>\($0.role.label)</td><td>\($0.station ?? "—")</td><td>\(ConsoleDates.text($0.createdAt))</td></tr>" })
        </table>
        <p class="muted">添加、删除账号和改密码在县远程办的电脑上用命令：<code>yuanjiao users add 名字 --role admin|librarian|station [--station 站点]</code>、
        <code>yuanjiao users remove 名字</code>、<code>yuanjiao users passwd 名字</code>。</p>
        """
    }
}

enum TimeText {
    /// An item's offset in its session, `0:25:02`.
    static func offset(_ seconds: Int) -> String {
        String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }
}

enum ChineseDigits {
    static func text(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        return (0..<10).contains(number) ? digits[number] : String(number)
    }
}
