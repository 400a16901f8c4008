import Foundation
import Planner

/// A filled sign-in sheet exported from WPS/Excel as CSV, in the sheet's own layout: the facts rows
/// (`站点,双桥村远教站点,…` and `日期,2026年12月5日,…`) then the table `序号,姓名,身份,小组,签名,到达时间`.
/// A row counts as present when 签名 or 到达时间 (or a 出勤 column: √, 1, 是, 到) is filled. A sheet covering
/// several sessions may instead carry 站点 and 日期 columns in the table. A 心得 column marks the
/// reflections handed in (DESIGN.md "County monitoring"). UTF-8 with or without BOM, or GBK.
struct AttendanceSheet {
    struct Row: Sendable, Hashable {
        var line: Int
        var station: String
        var date: LocalDate
        var name: String
        var present: Bool
        /// The 心得 column: true when filled in, nil when the sheet has no such column (nothing known).
        var reflection: Bool?
    }

    var rows: [Row] = []
    var problems: [AttendanceProblem] = []
    /// The sheet's own 站点 and 日期, and its 非成员群众 count when the station wrote one.
    var station: String?
    var date: LocalDate?
    var visitors: Int?

    init(url: URL) {
        let path = url.path
        let reader: CSVReader
        switch ReturnedSheet.read(path: path) {
        case .success(let read): reader = read
        case .failure(let unreadable):
            problems.append(AttendanceProblem(file: path, line: 0, kind: .unreadable, detail: unreadable.detail))
            return
        }
        problems += reader.problems.map { AttendanceProblem(file: path, line: $0.line, kind: .badRecord, detail: $0.message) }
        var columns: [String: Int]?
        for record in reader.records {
            let cells = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            guard let table = columns else {
                // Facts rows come in label/value pairs: 站点 | 双桥村远教站点 | 地点 | …
                for (index, cell) in cells.enumerated() where index + 1 < cells.count {
                    if cell == "站点" || cell == "station" { station = cells[index + 1] }
                    if cell == "日期" || cell == "date" { date = Self.date(cells[index + 1]) ?? date }
                    if Self.visitorLabels.contains(cell.lowercased()) {
                        let count = cells[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: "人 "))
                        if let number = Int(count), number >= 0 { visitors = number } else if !count.isEmpty {
                            problems.append(AttendanceProblem(file: path, line: record.line, kind: .badVisitors, detail: cells[index + 1]))
                        }
                    }
                }
                if cells.contains("姓名") || cells.contains("name") { columns = Self.columns(cells) }
                continue
            }
            func cell(_ key: String) -> String { table[key].flatMap { $0 < cells.count ? cells[$0] : nil } ?? "" }
            let name = cell("name")
            guard !name.isEmpty else { continue }  // blank rows left for others
            let rowStation = table["station"] != nil ? cell("station") : station
            let rowDate = table["date"] != nil ? Self.date(cell("date")) : date
            guard let rowStation, !rowStation.isEmpty else {
                problems.append(AttendanceProblem(file: path, line: record.line, kind: .noStation, detail: name)); continue
            }
            guard let rowDate else {
                problems.append(AttendanceProblem(file: path, line: record.line, kind: .noDate, detail: name)); continue
            }
            let mark = cell("present")
            let present = table["present"] != nil
                ? ["√", "✓", "1", "是", "到", "y", "yes", "true"].contains(mark.lowercased())
                : !(cell("sign").isEmpty && cell("arrival").isEmpty)
            let reflection = table["reflection"] == nil ? nil : Self.handedIn(cell("reflection"))
            rows.append(Row(line: record.line, station: rowStation, date: rowDate, name: name, present: present, reflection: reflection))
        }
        if columns == nil {
            problems.append(AttendanceProblem(file: path, line: 0, kind: .noTable, detail: ""))
        }
    }

    /// Labels of the facts row with the number of non-members who came: `非成员群众,5`.
    static let visitorLabels: Set<String> = ["非成员群众", "群众", "群众人数", "非成员", "visitors"]

    private static let aliases = [
        "name": ["姓名", "name"], "sign": ["签名", "signature"], "arrival": ["到达时间", "arrival"],
        "present": ["出勤", "present"], "station": ["站点", "station"], "date": ["日期", "date"],
        "reflection": ["心得", "心得体会", "交心得", "reflection"],
    ]

    /// A filled 心得 cell means handed in; a written "no" (否, 无, ×, 0) means not, as a blank does.
    static func handedIn(_ mark: String) -> Bool {
        !mark.isEmpty && !["否", "无", "没有", "×", "✗", "x", "0", "no", "false"].contains(mark.lowercased())
    }

    private static func columns(_ cells: [String]) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, cell) in cells.enumerated() {
            if let key = aliases.first(where: { $0.value.contains(cell.lowercased()) })?.key { columns[key] = index }
        }
        return columns
    }

    /// "2026-12-05", "2026/12/5" or "2026年12月5日" (the sheet's own form).
    static func date(_ text: String) -> LocalDate? {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3 else { return nil }
        return try? LocalDate(year: numbers[0], month: numbers[1], day: numbers[2])
    }
}
