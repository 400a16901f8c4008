import Foundation
import Planner

/// A filled 快乐园 sign-in sheet (the bundle's `快乐园签到表.html`, typed back into WPS/Excel and saved as CSV),
/// told from a members' sheet by its header: a `快乐园签到表` cell above the table (`快樂園簽到表` when the station
/// prints traditional characters) or a `孩子姓名` column. Facts rows `站点,…,地点,…`, `日期,2026年12月5日（星期六）,
/// 时间,…` and `活动,电脑基础…`, then `序号,孩子姓名,签到`; a row is present when 签到 (or 出勤) is filled.
struct ChildrenSignInSheet {
    struct Row: Sendable, Hashable {
        var line: Int
        var name: String
        var present: Bool
    }

    var path: String
    var station: String?
    var date: LocalDate?
    var activity = ""
    var rows: [Row] = []
    var problems: [AttendanceProblem] = []

    static let headings: Set<String> = ["快乐园签到表", "快樂園簽到表"]
    private static let nameColumns: Set<String> = ["孩子姓名", "兒童姓名", "儿童姓名"]

    /// The sheet, or nil when the file is not a children's sheet (or cannot be read: the members' import says so).
    init?(url: URL) {
        guard case .success(let reader) = ReturnedSheet.read(path: url.path) else { return nil }
        let records = reader.records.map { record in
            (line: record.line, cells: record.fields.map { $0.trimmingCharacters(in: .whitespaces) })
        }
        guard let header = records.firstIndex(where: { $0.cells.contains(where: { Self.nameColumns.contains($0) || $0 == "姓名" }) }),
              records[...header].contains(where: { record in
                  record.cells.contains(where: { Self.headings.contains($0) || Self.nameColumns.contains($0) })
              })
        else { return nil }
        path = url.path
        problems = reader.problems.map { AttendanceProblem(file: url.path, line: $0.line, kind: .badRecord, detail: $0.message) }
        for record in records[..<header] {
            for (index, cell) in record.cells.enumerated() where index + 1 < record.cells.count {
                let value = record.cells[index + 1]
                if cell == "站点" || cell == "站點" { station = value }
                if cell == "日期" { date = AttendanceSheet.date(value) ?? date }
                if cell == "活动" || cell == "活動" { activity = value }
            }
        }
        let columns = records[header].cells
        let nameColumn = columns.firstIndex(where: { Self.nameColumns.contains($0) || $0 == "姓名" })
        let markColumn = columns.firstIndex(where: { ["签到", "簽到", "签名", "簽名", "出勤"].contains($0) })
        for record in records[(header + 1)...] {
            func cell(_ index: Int?) -> String { index.flatMap { $0 < record.cells.count ? record.cells[$0] : nil } ?? "" }
            let name = cell(nameColumn)
            // Blank rows, and the footer 应到 … 实到 … (one cell), are not children.
            guard !name.isEmpty, record.cells.count > 1 else { continue }
            rows.append(Row(line: record.line, name: name, present: AttendanceSheet.handedIn(cell(markColumn))))
        }
    }
}
