import Catalogue
public import Foundation
public import Planner

/// What `yuanjiao attendance import` did.
public struct AttendanceImportReport: Sendable, Hashable, Codable {
    public var added = 0
    public var unchanged = 0
    public var changed = 0
    /// 心得 handed in, from sheets with a 心得 column.
    public var reflections = 0
    /// Signed rows whose name is not on the station's member list (非成员群众), by station and date.
    public var visitors: [String: Int] = [:]
    public var problems: [AttendanceProblem] = []
    /// 快乐园 sheets: children's marks stored apart from members' (never in 参学率).
    public var childrenAdded = 0
    public var childrenUnchanged = 0
    public var childrenChanged = 0
    public var childSignIns = 0
    public var hasProblems: Bool { !problems.isEmpty }

    public var text: String {
        var lines = ["签到：新增 \(added) 条，未变 \(unchanged) 条，更正 \(changed) 条（更正已记入修改记录）。"]
        let guests = visitors.values.reduce(0, +)
        if guests > 0 { lines.append("非成员群众签到 \(guests) 人次。") }
        if reflections > 0 { lines.append("交来心得体会 \(reflections) 份。") }
        if childrenAdded + childrenUnchanged + childrenChanged > 0 {
            lines.append("快乐园签到（单独统计）：新增 \(childrenAdded) 条，未变 \(childrenUnchanged) 条，更正 \(childrenChanged) 条；孩子签到 \(childSignIns) 人次。")
        }
        if !problems.isEmpty {
            lines.append("以下各行需要核对（其余各行已导入）：")
            lines += problems.map { "  " + $0.text }
        }
        // Names, files and times come from a returned file: shown escaped, one line each.
        return lines.map(TerminalSafeText.escaped).joined(separator: "\n")
    }
}

extension Workspace {
    /// `yuanjiao attendance import`: records each member's mark from filled sign-in sheets. The station
    /// is the sheet's 站点 (id or name in the station file); names not on its list are reported by line
    /// and counted as visitors; a changed mark for the same member and day is an edit, logged.
    public func importAttendance(files: [URL], context: PlanningContext, by: String? = nil) throws(YuanjiaoError) -> AttendanceImportReport {
        var report = AttendanceImportReport()
        let stations = context.stationFile.stations
        var records: [AttendanceRecord] = []
        var reflections: [ReflectionRecord] = []
        var written: [String: Int] = [:]
        var sessionDays: [String: Set<LocalDate>] = [:]
        var childrenDays: [String: Set<LocalDate>] = [:]
        for url in files {
            if let children = ChildrenSignInSheet(url: url) {
                try importChildrenSheet(children, stations: stations, report: &report, by: LibrarianName.resolve(by), known: &childrenDays)
                continue
            }
            let sheet = AttendanceSheet(url: url)
            report.problems += sheet.problems
            if let count = sheet.visitors, let date = sheet.date,
               let station = stations.first(where: { $0.id == sheet.station || $0.name == sheet.station }) {
                written["\(station.id)|\(date)"] = count
            }
            for row in sheet.rows {
                guard let station = stations.first(where: { $0.id == row.station || $0.name == row.station }) else {
                    report.problems.append(AttendanceProblem(file: url.path, line: row.line, kind: .unknownStation, detail: row.station))
                    continue
                }
                guard try hasSession(station: station.id, on: row.date, known: &sessionDays) else {
                    report.problems.append(AttendanceProblem(file: url.path, line: row.line, kind: .noSession, detail: row.date.description))
                    continue
                }
                let members = context.stationFile.members[station.id] ?? []
                guard members.contains(where: { $0.name == row.name }) else {
                    if row.present { report.visitors["\(station.id)|\(row.date)", default: 0] += 1 }
                    report.problems.append(AttendanceProblem(file: url.path, line: row.line, kind: .notOnList, detail: row.name))
                    continue
                }
                records.append(AttendanceRecord(station: station.id, date: row.date.description, member: row.name, present: row.present))
                if let handedIn = row.reflection {
                    // A reflection is of a session attended: an absent member's cell cannot count.
                    reflections.append(ReflectionRecord(
                        station: station.id, date: row.date.description, member: row.name, handedIn: handedIn && row.present))
                }
            }
        }
        let outcome = try recordAttendance(records, by: LibrarianName.resolve(by))
        report.added = outcome.added
        report.unchanged = outcome.unchanged
        report.changed = outcome.changed
        _ = try Self.boundary { try catalogue.recordReflections(reflections, by: LibrarianName.resolve(by)) }
        report.reflections = reflections.filter(\.handedIn).count
        // A count the sheet wrote itself (its 非成员群众 row) takes the place of the counted rows.
        report.visitors.merge(written) { _, written in written }
        let counted = report.visitors.map { key, count in
            let parts = key.split(separator: "|").map(String.init)
            return VisitorRecord(station: parts[0], date: parts[1], visitors: count)
        }
        _ = try recordVisitors(counted.sorted { ($0.station, $0.date) < ($1.station, $1.date) }, by: LibrarianName.resolve(by))
        return report
    }

    /// Whether the station's stored plan has a session on `date`; plans are read once per station-month.
    private func hasSession(station: String, on date: LocalDate, known: inout [String: Set<LocalDate>]) throws(YuanjiaoError) -> Bool {
        let key = "\(station)|\(date.yearMonth)"
        if known[key] == nil {
            let plan = try Self.boundary { try storedPlan(station: station, month: date.yearMonth) }
            known[key] = Set(plan?.sessions.map(\.date) ?? [])
        }
        return known[key]?.contains(date) == true
    }

    /// `yuanjiao attendance edit` and the console's form: sets one member's mark and/or the day's visitor
    /// count for a station's session; a change of what was stored is recorded in the edit log.
    public func editAttendance(
        context: PlanningContext, station: String, date: LocalDate, member: (name: String, present: Bool)?, visitors: Int?, by: String? = nil
    ) throws(YuanjiaoError) -> AppendOutcome {
        guard let known = context.stationFile.stations.first(where: { $0.id == station || $0.name == station }) else {
            throw YuanjiaoError(.usage, "站点“\(station)”不在站点文件中：请写站点编号或站点名称")
        }
        guard member != nil || visitors != nil else {
            throw YuanjiaoError(.usage, "没有要改的内容：请给出 --member 姓名 和 --present 或 --absent，或 --visitors 人数")
        }
        var outcome = AppendOutcome()
        let editor = LibrarianName.resolve(by)
        if let member {
            guard (context.stationFile.members[known.id] ?? []).contains(where: { $0.name == member.name }) else {
                throw YuanjiaoError(.usage, "“\(member.name)”不在站点 \(known.id) 的成员名单中：非成员请用 --visitors 记人数；如是成员，请先加入名单")
            }
            let marked = try recordAttendance(
                [AttendanceRecord(station: known.id, date: date.description, member: member.name, present: member.present)], by: editor)
            outcome = AppendOutcome(added: marked.added, unchanged: marked.unchanged, changed: marked.changed)
        }
        if let visitors {
            guard visitors >= 0 else { throw YuanjiaoError(.usage, "非成员群众人数不能是负数：\(visitors)") }
            let counted = try recordVisitors([VisitorRecord(station: known.id, date: date.description, visitors: visitors)], by: editor)
            outcome.added += counted.added
            outcome.unchanged += counted.unchanged
            outcome.changed += counted.changed
        }
        return outcome
    }

    /// 出勤率 of the stations' members over the months from `first` to `last` (both included).
    public func attendanceRates(context: PlanningContext, from first: YearMonth, through last: YearMonth) throws(YuanjiaoError) -> AttendanceRates {
        let records = try attendance(from: first.firstDay.description, through: last.lastDay.description)
        return AttendanceRates(records: records, members: context.stationFile.members)
    }
}
