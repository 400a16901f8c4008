import Planner

extension StationFileReport {
    /// What `yuanjiao stations check` prints: on success a line for the file and one per station
    /// (to standard output); otherwise every problem as `file:line:column: message` and a count (to standard error).
    public var text: String {
        let notes = warnings.map { "提醒：\($0.description)" }
        guard isValid, let file else {
            return (BoundedProblemList.lines(problems.map(\.description)) + notes + ["\(path)：发现 \(problems.count) 个问题。"]).joined(separator: "\n")
        }
        let header = "\(path)：\(file.stations.count) 个站点，没有发现问题。"
        let rows = file.stations.map { station -> [String] in
            [
                station.id, station.name.isEmpty ? "—" : station.name, station.school.isEmpty ? "—" : station.school,
                station.mode == 3 ? "模式三" : "模式二", "开放日 \(station.rules.openDay.chineseName)",
                "每月 \(station.rules.studyDaysPerMonth) 个学习日", "每周 \(station.rules.weeklyMinutes) 分钟",
            ]
        }
        return ([header] + Self.aligned(rows).map { "  " + $0 } + notes).joined(separator: "\n")
    }

    /// Columns padded to the widest cell, counting Chinese characters as two terminal columns.
    private static func aligned(_ rows: [[String]]) -> [String] {
        let columns = rows.first?.count ?? 0
        let widths = (0..<columns).map { column in rows.map { width($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - width(cell))
            }.joined(separator: "  ")
        }
    }

    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
}
