import Foundation
import Planner

/// `playlog-YYYY-MM.csv`, the bundle's play log: `start,end,file,station` (or 开始,结束,文件,站点), UTF-8 with
/// or without BOM, or GBK (a form typed in WPS). Written by `yuanjiao play` or by hand from the printed form.
struct PlayLogSheet {
    struct Line: Sendable, Hashable {
        var line: Int
        var station: String
        var start: LogTime
        var end: LogTime
        /// The file's name, what matching by name compares.
        var file: String
        /// The file as the line writes it (a path on the station PC, or relative to the bundle folder).
        var path: String
    }

    var month: YearMonth?
    var station: String?
    var lines: [Line] = []
    var problems: [PlayLogProblem] = []

    static let header = ["start", "end", "file", "station"]
    private static let aliases = ["start": ["start", "开始", "开始时间"], "end": ["end", "结束", "结束时间"],
                                  "file": ["file", "文件", "文件名"], "station": ["station", "站点"]]

    /// The month named by the file (`playlog-2026-12.csv`), nil for another name.
    static func month(fileName: String) -> YearMonth? {
        guard fileName.hasPrefix("playlog-"), fileName.hasSuffix(".csv") else { return nil }
        return try? YearMonth(parsing: String(fileName.dropFirst("playlog-".count).dropLast(".csv".count)))
    }

    /// Reads one file: each bad line becomes a problem naming the line; good lines are kept.
    init(url: URL) {
        let path = url.path
        month = Self.month(fileName: url.lastPathComponent)
        let reader: CSVReader
        switch ReturnedSheet.read(path: path) {
        case .success(let read): reader = read
        case .failure(let unreadable):
            problems.append(PlayLogProblem(file: path, line: 0, kind: .unreadable, detail: unreadable.detail))
            return
        }
        problems += reader.problems.map { PlayLogProblem(file: path, line: $0.line, kind: .badRecord, detail: $0.message) }
        guard let head = reader.records.first else { return }
        var columns: [String: Int] = [:]
        for (index, title) in head.fields.enumerated() {
            let cleaned = title.trimmingCharacters(in: .whitespaces).lowercased()
            if let key = Self.aliases.first(where: { $0.value.contains(cleaned) })?.key { columns[key] = index }
        }
        let missing = Self.header.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            problems.append(PlayLogProblem(file: path, line: head.line, kind: .badHeader, detail: "缺少 " + missing.joined(separator: "、")))
            return
        }
        for record in reader.records.dropFirst() {
            func field(_ key: String) -> String {
                let index = columns[key]!
                // `play` writes cells neutralised against spreadsheet formulas; the value is what it stood for.
                return index < record.fields.count ? CSVWriter.restored(record.fields[index].trimmingCharacters(in: .whitespaces)) : ""
            }
            read(record.line, start: field("start"), end: field("end"), file: field("file"), station: field("station"), path: path)
        }
    }

    private mutating func read(_ line: Int, start: String, end: String, file: String, station: String, path: String) {
        func problem(_ kind: PlayLogProblem.Kind, _ detail: String) {
            problems.append(PlayLogProblem(file: path, line: line, kind: kind, detail: detail))
        }
        let empty = [("start", start, "开始时间"), ("end", end, "结束时间"), ("file", file, "文件"), ("station", station, "站点")]
            .filter { $0.1.isEmpty }.map(\.2)
        guard empty.isEmpty else { return problem(.missingField, empty.joined(separator: "、")) }
        guard let from = LogTime(parsing: start) else { return problem(.badTime, start) }
        guard let to = LogTime(parsing: end) else { return problem(.badTime, end) }
        guard from <= to else { return problem(.endBeforeStart, "\(from) → \(to)") }
        // The first line names the file's station; a line of another station is someone else's log.
        if self.station == nil { self.station = station }
        guard station == self.station else { return problem(.otherStation, station) }
        if month == nil { month = from.date.yearMonth }
        guard let month, month.contains(from.date), month.contains(to.date) || to.seconds == 0 && to.date == month.lastDay.adding(days: 1)
        else { return problem(.outsideMonth, month.map { "\(from)（\($0.chineseName)）" } ?? "\(from)") }
        let name = String(file.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(file))
        lines.append(Line(line: line, station: station, start: from, end: to, file: name, path: file))
    }
}
