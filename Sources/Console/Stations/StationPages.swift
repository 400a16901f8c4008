import Yuanjiao

/// The station administrator's page: two months, each with its sessions and its printable notices.
enum StationPages {
    static func station(_ station: Station, plans: [(month: YearMonth, plan: StationPlan?)], topics: [TopicChoice]) -> HTML {
        """
        <h1>\(station.name)</h1><p class="muted">\(station.school) \(station.room)</p>
        \(plans.html { entry in monthSection(station, entry.month, entry.plan, topics: topics) })
        """
    }

    private static func monthSection(_ station: Station, _ month: YearMonth, _ plan: StationPlan?, topics: [TopicChoice]) -> HTML {
        guard let plan else {
            return "<section><h2>\(month.description)</h2><p class=\"muted\">县远程办还没有排这个月的计划。</p></section>"
        }
        let base = "/station/\(station.id)/\(month.description)"
        return """
            <section><h2>\(month.description)</h2>
            <p><a href="\(base)/poster" target="_blank">公示栏海报（打印）</a> · <a href="\(base)/signin" target="_blank">签到表（打印）</a> ·
            <a href="\(base)/script">喇叭广播稿</a> · <a href="/station/\(station.id)/attendance">录入签到</a> · <a href="/bundles/\(station.id)/\(month.description).zip">下载下发包（ZIP）</a></p>
            \(AdminPages.sessionsTable(plan.sessions, topics: topics))</section>
            """
    }
}
