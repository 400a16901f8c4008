import Yuanjiao

/// The county's monitoring on the admin's front page: the stations behind their targets.
enum MonitoringPages {
    static func behind(_ list: BehindList) -> HTML {
        guard !list.behind.isEmpty else { return "<h2>未达目标的站点</h2><p class=\"ok\">\(list.month)：所有站点都达到目标。</p>" }
        let rows: [HTML] = list.behind.map { station in
            var reasons: [String] = station.below.map { ratio in
                let rate = station.rates[ratio.jsonKey].flatMap { $0 }.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
                let target = station.targets[ratio.jsonKey].map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
                return "\(ratio.chineseName) \(rate)（目标 \(target)）"
            }
            if station.noLog { reasons.insert("未收到播放记录", at: 0) }
            return """
                <tr><td><a href="/station/\(station.station)">\(station.name.isEmpty ? station.station : station.name)</a></td>\
                <td>\(reasons.joined(separator: "；"))</td><td>\(String(station.monthsInARow))</td></tr>
                """
        }
        return """
            <h2>未达目标的站点（\(list.month)，\(String(list.behind.count)) 个）</h2>
            <table class="behind"><tr><th>站点</th><th>未达目标</th><th>连续月数</th></tr>\(rows)</table>
            <p><a href="/guide.xml?m=\(list.month)">下载全县 \(list.month) 节目预告（XMLTV）</a></p>
            """
    }

    /// The station page's chart, drawn by the server as SVG.
    static func chart(station: String, month: YearMonth) -> HTML {
        """
        <h2>近十二个月指标</h2>
        <p><img src="/station/\(station)/ratios.svg?m=\(month.description)" alt="近十二个月的开机率、使用率、参学率、心得率" width="640" height="260"></p>
        """
    }
}
