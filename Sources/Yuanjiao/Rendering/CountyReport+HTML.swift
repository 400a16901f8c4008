import Notices

extension CountyReport {
    /// A printable A4 page (landscape tables fit 11 columns): the station table, then the member table.
    public var html: String {
        func cell(_ text: String) -> String { "<td>" + HTMLEscaping.escape(text) + "</td>" }
        func head(_ titles: [String]) -> String { "<tr>" + titles.map { "<th>\($0)</th>" }.joined() + "</tr>" }
        var body = ["<h1>远程教育站点学习情况（\(HTMLEscaping.escape(period))）</h1>"]
        // A report of members only (the year-end table) leaves the station table out.
        if !stations.isEmpty {
            body += ["<table>", head(["站点", "月份", "状态", "学习场次（实际/计划）", "开放日", "每周达标", "计划外（分钟）", "出勤率", "非成员群众（人次）"]
                + MonitoringRatio.allCases.map(\.chineseName))]
        }
        for row in stations {
            body.append("<tr class=\"\(row.status.rawValue)\">" + cell(row.name.isEmpty ? row.station : row.name) + cell(row.month)
                + cell(row.status.chineseName) + cell("\(Self.figure(row.sessionsHeld))/\(row.sessionsPlanned)")
                + cell("\(Self.figure(row.openDaysKept))/\(row.openDaysPlanned)") + cell(Self.weeksMet(row))
                + cell(Self.figure(row.unplannedMinutes)) + cell(Self.percent(row.attendanceRate)) + cell(Self.figure(row.visitors))
                + MonitoringRatio.allCases.map { cell(Self.percent(row[$0])) }.joined() + "</tr>")
        }
        if !stations.isEmpty { body.append("</table>") }
        let children = stations.filter { $0.childSignIns != nil }
        if !children.isEmpty {
            body += ["<h2>快乐园（孩子签到单独统计）</h2>", "<table class=\"children\">", head(["站点", "月份", "快乐园场次", "孩子签到人次"])]
            body += children.map {
                "<tr>" + cell($0.name.isEmpty ? $0.station : $0.name) + cell($0.month) + cell(Self.figure($0.childrenSessionsHeld))
                    + cell(Self.figure($0.childSignIns)) + "</tr>"
            }
            body.append("</table>")
        }
        if !periodRatios.isEmpty {
            body += ["<h2>全期指标（\(HTMLEscaping.escape(period))）</h2>", "<table class=\"period\">",
                     head(["站点", "月数", "未收到播放记录（月）"] + MonitoringRatio.allCases.map(\.chineseName))]
            body += periodRatios.map { total in
                "<tr>" + cell(total.name.isEmpty ? total.station : total.name) + cell(String(total.months))
                    + cell(String(total.monthsWithoutLog)) + MonitoringRatio.allCases.map { cell(Self.percent(total[$0])) }.joined() + "</tr>"
            }
            body.append("</table>")
        }
        if !members.isEmpty {
            body += ["<h2>成员出勤（年终评先评优参考）</h2>", "<table class=\"members\">", head(["站点", "姓名", "身份", "出勤/学习次数", "出勤率", "计划场次", "心得（份）"])]
            body += members.map {
                "<tr>" + cell($0.station) + cell($0.name) + cell($0.role) + cell("\($0.attended)/\($0.sessions)") + cell(Self.percent($0.rate))
                    + cell(Self.figure($0.plannedSessions)) + cell(Self.figure($0.reflections)) + "</tr>"
            }
            body.append("</table>")
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8"><title>远程教育站点学习情况 \(HTMLEscaping.escape(period))</title>
            <style>
            @page { size: A4 landscape; margin: 12mm; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "SimSun", sans-serif; font-size: 10.5pt; }
            table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
            tr { page-break-inside: avoid; }
            th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; }
            tr.green td:nth-child(3) { background: #cfc; } tr.yellow td:nth-child(3) { background: #ffc; }
            tr.red td:nth-child(3) { background: #fcc; } tr.no-log td:nth-child(3) { background: #ddd; }
            </style></head><body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }
}
