import Catalogue
import Foundation
import Planner

extension Workspace {
    /// One filled 快乐园 sheet: every child's row in ONE transaction, apart from members' attendance. The names
    /// are stored as the station wrote them (no roster is kept at the county office); a row the sheet cannot
    /// place (station, date, a day without a 快乐园 session) is reported by line, as the members' import does.
    func importChildrenSheet(
        _ sheet: ChildrenSignInSheet, stations: [Station], report: inout AttendanceImportReport, by: String,
        known: inout [String: Set<LocalDate>]
    ) throws(YuanjiaoError) {
        report.problems += sheet.problems
        var records: [ChildSignInRecord] = []
        for row in sheet.rows {
            func problem(_ kind: AttendanceProblem.Kind, _ detail: String) {
                report.problems.append(AttendanceProblem(file: sheet.path, line: row.line, kind: kind, detail: detail))
            }
            guard let written = sheet.station, !written.isEmpty else { problem(.noStation, row.name); continue }
            guard let date = sheet.date else { problem(.noDate, row.name); continue }
            guard let station = stations.first(where: { $0.id == written || $0.name == written }) else {
                problem(.unknownStation, written); continue
            }
            guard try hasChildrenSession(station: station.id, on: date, known: &known) else {
                problem(.noChildrenSession, date.description); continue
            }
            records.append(ChildSignInRecord(
                station: station.id, date: date.description, activity: sheet.activity, child: row.name, present: row.present))
        }
        let outcome = try Self.boundary { try catalogue.recordChildrenAttendance(records, by: by) }
        report.childrenAdded += outcome.added
        report.childrenUnchanged += outcome.unchanged
        report.childrenChanged += outcome.changed
        report.childSignIns += records.filter(\.present).count
    }

    /// Whether the station's stored plan has a 快乐园 session (other than 亲情视频) on `date`.
    private func hasChildrenSession(station: String, on date: LocalDate, known: inout [String: Set<LocalDate>]) throws(YuanjiaoError) -> Bool {
        let key = "\(station)|\(date.yearMonth)"
        if known[key] == nil {
            let plan = try Self.boundary { try storedPlan(station: station, month: date.yearMonth) }
            known[key] = Set((plan?.children?.sessions ?? []).filter { $0.kind != .familyVideo }.map(\.date))
        }
        return known[key]?.contains(date) == true
    }

    /// Children's sessions held and child sign-ins per station-month over [first, last]: counts, never names.
    public func childrenAttendance(from first: YearMonth, through last: YearMonth) throws(YuanjiaoError) -> [ChildrenAttendanceCount] {
        try Self.boundary { try catalogue.childrenAttendanceCounts(from: first.firstDay.description, through: last.lastDay.description) }
    }
}
