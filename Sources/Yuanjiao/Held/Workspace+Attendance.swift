import Catalogue
public import Foundation
public import Planner

/// What `yuanjiao attendance import` did.
public struct AttendanceImportReport: Sendable, Hashable, Codable {
    public var added = 0
    public var unchanged = 0
    public var changed = 0
    /// Signed rows whose name is not on the station's member list (非成员群众), by station and date.
    public var visitors: [String: Int] = [:]
    public var problems: [AttendanceProblem] = []

    public var hasProblems: Bool { !problems.isEmpty }

    public var text: String {
        var lines = ["签到：新增 \(added) 条，未变 \(unchanged) 条，更正 \(changed) 条（更正已记入修改记录）。"]
        let guests = visitors.values.reduce(0, +)
        if guests > 0 { lines.append("非成员群众签到 \(guests) 人次。") }
        if !problems.isEmpty {
            lines.append("以下各行需要核对（其余各行已导入）：")
            lines += problems.map { "  " + $0.text }
        }
        return lines.joined(separator: "\n")
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
        for url in files {
            let sheet = AttendanceSheet(url: url)
            report.problems += sheet.problems
            for row in sheet.rows {
                guard let station = stations.first(where: { $0.id == row.station || $0.name == row.station }) else {
                    report.problems.append(AttendanceProblem(file: url.path, line: row.line, kind: .unknownStation, detail: row.station))
                    continue
                }
                let members = context.stationFile.members[station.id] ?? []
                guard members.contains(where: { $0.name == row.name }) else {
                    if row.present { report.visitors["\(station.id)|\(row.date)", default: 0] += 1 }
                    report.problems.append(AttendanceProblem(file: url.path, line: row.line, kind: .notOnList, detail: row.name))
                    continue
                }
                records.append(AttendanceRecord(station: station.id, date: row.date.description, member: row.name, present: row.present))
            }
        }
        let outcome = try recordAttendance(records, by: LibrarianName.resolve(by))
        report.added = outcome.added
        report.unchanged = outcome.unchanged
        report.changed = outcome.changed
        return report
    }

    /// 出勤率 of the stations' members over the months from `first` to `last` (both included).
    public func attendanceRates(context: PlanningContext, from first: YearMonth, through last: YearMonth) throws(YuanjiaoError) -> AttendanceRates {
        let records = try attendance(from: first.firstDay.description, through: last.lastDay.description)
        return AttendanceRates(records: records, members: context.stationFile.members)
    }
}
