public import Planner

extension StationPlan {
    /// A station's month as an administrator reads it: a calendar grid marking session days, then
    /// each session with its courses and why they were chosen, then warnings.
    public func text(station: Station, month: YearMonth, topicNames: TopicNames, showReasons: Bool = true) -> String {
        var lines = ["== \(station.label) · \(month.chineseName) =="]
        lines += calendarGrid(month: month)
        lines.append("  集＝集中学习日　周＝每周学习　开＝开放日")
        lines.append("")
        for session in sessions {
            let fill = session.kind == .openDay ? "" : "，排满 \(Int((session.fillRatio * 100).rounded()))%"
            lines.append("\(session.date.chineseMonthDay) \(Self.weekdayName(session.date.weekday)) \(session.start)–\(session.end)　"
                + "\(session.kind.chineseName)（\(session.minutes) 分钟\(fill)）")
            for item in session.items {
                let minutes = (item.durationSeconds + 30) / 60
                lines.append("  +\(TimeOfDay.clockText(seconds: item.startOffset))  \(item.title)　\(minutes) 分钟　\(topicNames.label(item.topic))")
                if showReasons, session.kind != .openDay { lines.append("      理由：\(item.why)") }
            }
        }
        if !warnings.isEmpty {
            lines.append("")
            lines.append("注意（\(warnings.count)）：")
            lines += warnings.map { "  ! \($0.text)" }
        }
        return lines.joined(separator: "\n")
    }

    private func calendarGrid(month: YearMonth) -> [String] {
        var marks: [Int: String] = [:]
        for session in sessions where month.contains(session.date) {
            let mark: String
            switch session.kind {
            case .studyDay: mark = "集"
            case .weekly: mark = "周"
            case .openDay: mark = "开"
            }
            marks[session.date.day] = (marks[session.date.day] ?? "") == "集" ? "集" : mark
        }
        var lines = ["   一   二   三   四   五   六   日"]
        var row = String(repeating: "     ", count: month.firstDay.weekday.rawValue - 1)
        for date in month.days {
            let day = date.day < 10 ? " \(date.day)" : "\(date.day)"
            row += " " + day + (marks[date.day] ?? "  ")
            if date.weekday == .sunday {
                lines.append(row)
                row = ""
            }
        }
        if !row.isEmpty { lines.append(row) }
        return lines
    }

    static func weekdayName(_ weekday: Weekday) -> String {
        ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][weekday.rawValue - 1]
    }
}

extension CheckReport {
    public var text: String {
        var lines: [String] = []
        if violations.isEmpty {
            lines.append("\(month.chineseName)的排课全部符合规则" + (accepted.isEmpty ? "。" : "（排课时已说明的放宽除外）。"))
        } else {
            lines.append("\(month.chineseName)的排课有 \(violations.count) 处不符合规则：")
            for violation in violations {
                lines.append("  ✗ \(violation.station) \(violation.date)［\(violation.rule.rawValue)］\(violation.detail)")
            }
        }
        if !accepted.isEmpty {
            lines.append("排课时已说明、已接受的放宽 \(accepted.count) 处：")
            for violation in accepted {
                lines.append("  ~ \(violation.station) \(violation.date)［\(violation.rule.rawValue)］\(violation.detail)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
