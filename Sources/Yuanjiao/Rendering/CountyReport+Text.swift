import Foundation

extension CountyReport {
    /// "—" where data is missing: never a zero that was not measured.
    static func figure(_ value: Int?) -> String { value.map(String.init) ?? "—" }
    static func percent(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    /// "开机率 67%，使用率 63%，参学率 75%，心得率 —" in `MonitoringRatio` order.
    static func ratioText(_ value: (MonitoringRatio) -> Double?) -> String {
        MonitoringRatio.allCases.map { "\($0.chineseName) \(percent(value($0)))" }.joined(separator: "，")
    }

    static func weeksMet(_ row: StationMonth) -> String {
        guard row.status != .noLog else { return "—" }
        let met = row.weeks.filter { $0.status == .met }.count
        let explained = row.weeks.filter { $0.status == .explained }.count
        return "\(met)/\(row.weeks.count)" + (explained > 0 ? "（另 \(explained) 周已说明）" : "")
    }

    /// The terminal report, in Chinese.
    public var text: String {
        var lines = ["远程教育站点学习情况（\(period)）"]
        let counts = statusCounts
        lines.append([Status.green, .yellow, .red, .noLog].map { "\($0.chineseName) \(counts[$0] ?? 0)" }.joined(separator: "　"))
        for row in stations {
            lines.append("\(row.name.isEmpty ? row.station : row.name)（\(row.station)）\(row.month)：\(row.status.chineseName)")
            lines.append("  学习场次 \(Self.figure(row.sessionsHeld))/\(row.sessionsPlanned)，开放日 \(Self.figure(row.openDaysKept))/\(row.openDaysPlanned)，"
                + "每周学习达标 \(Self.weeksMet(row)) 周，计划外播放 \(Self.figure(row.unplannedMinutes)) 分钟，出勤率 \(Self.percent(row.attendanceRate))"
                + (row.visitors.map { "，非成员群众 \($0) 人次" } ?? ""))
            lines.append("  " + Self.ratioText { row[$0] })
            if let held = row.childrenSessionsHeld, let signIns = row.childSignIns {
                lines.append("  快乐园：举办 \(held) 场，孩子签到 \(signIns) 人次（单独统计，不计入出勤率）")
            }
            if let missed = row.missedDates, !missed.isEmpty {
                lines.append("  未举行的学习：" + missed.joined(separator: "、"))
            }
            if !row.topics.isEmpty {
                lines.append("  内容（实际/计划 分钟）：" + row.topics.map { "\($0.name ?? $0.topic) \(Self.figure($0.playedMinutes))/\($0.plannedMinutes)" }
                    .joined(separator: "，"))
            }
        }
        if !periodRatios.isEmpty { lines.append("全期（\(period)）：") }
        for total in periodRatios {
            lines.append("  \(total.name.isEmpty ? total.station : total.name)（\(total.station)）" + Self.ratioText { total[$0] }
                + (total.monthsWithoutLog > 0 ? "，\(total.monthsWithoutLog) 个月未收到播放记录" : ""))
        }
        if !members.isEmpty {
            lines.append("成员出勤（年终评先评优参考）：")
            lines += members.map {
                "  \($0.station) \($0.name) \($0.role) 出勤 \($0.attended)/\($0.sessions) \(Self.percent($0.rate))"
                    + "，计划场次 \(Self.figure($0.plannedSessions))，心得 \(Self.figure($0.reflections)) 份"
            }
        } else if !memberCounts.isEmpty {
            lines.append("成员人数：" + memberCounts.keys.sorted().map { "\($0) \(memberCounts[$0]!) 人" }.joined(separator: "，")
                + "（姓名只在 --names 时列出）")
        }
        return lines.joined(separator: "\n")
    }

    /// For WPS/Excel: UTF-8 with BOM, CRLF; the member table follows after a blank line when names are shown.
    public var csv: String {
        func row(_ cells: [String]) -> String { cells.map(CSVWriter.field).joined(separator: ",") }
        var lines = [row(["站点编号", "站点", "月份", "状态", "计划场次", "实际场次", "开放日计划", "开放日实际", "每周达标", "计划外分钟", "出勤率", "非成员群众人次"]
            + MonitoringRatio.allCases.map(\.chineseName))]
        lines += stations.map { month in
            row([month.station, month.name, month.month, month.status.chineseName, String(month.sessionsPlanned),
                 Self.figure(month.sessionsHeld), String(month.openDaysPlanned), Self.figure(month.openDaysKept), Self.weeksMet(month),
                 Self.figure(month.unplannedMinutes), Self.percent(month.attendanceRate), Self.figure(month.visitors)]
                + MonitoringRatio.allCases.map { Self.percent(month[$0]) })
        }
        let children = stations.filter { $0.childSignIns != nil }
        if !children.isEmpty {
            lines.append("")
            lines.append(row(["站点编号", "站点", "月份", "快乐园场次", "孩子签到人次"]))
            lines += children.map { row([$0.station, $0.name, $0.month, Self.figure($0.childrenSessionsHeld), Self.figure($0.childSignIns)]) }
        }
        if !periodRatios.isEmpty {
            lines.append("")
            lines.append(row(["站点编号", "站点", "月数", "未收到播放记录月数"] + MonitoringRatio.allCases.map(\.chineseName)))
            lines += periodRatios.map { total in
                row([total.station, total.name, String(total.months), String(total.monthsWithoutLog)]
                    + MonitoringRatio.allCases.map { Self.percent(total[$0]) })
            }
        }
        if !members.isEmpty {
            lines.append("")
            lines.append(row(["站点编号", "姓名", "身份", "出勤次数", "学习次数", "出勤率", "计划场次", "心得份数"]))
            lines += members.map {
                row([$0.station, $0.name, $0.role, String($0.attended), String($0.sessions), Self.percent($0.rate),
                     Self.figure($0.plannedSessions), Self.figure($0.reflections)])
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
