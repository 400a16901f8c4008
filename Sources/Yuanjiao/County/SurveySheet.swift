import Catalogue
import Foundation
import Planner

/// A filled 需求调查 sheet as CSV (UTF-8 with or without BOM, or GBK): header `站点,姓名,想学的内容,意见`
/// or `station,member,topics,comment`, optionally with a `月份`/`month` column (else the month given).
/// Topics are ids or Chinese labels (简 or 繁) separated by `、`, `;`, `；`, `，` or `,` inside quotes.
struct SurveySheet {
    var answers: [SurveyAnswer] = []
    var problems: [SurveyProblem] = []

    struct Rules {
        var stations: [Station]
        /// Topic id for every id, label and traditional label.
        var topicNames: [String: String]
        var month: YearMonth
        var currentMonth: YearMonth
        /// Only this station's answers belong in the sheet (a station user's import), when set.
        var onlyStation: String?
    }

    init(url: URL, rules: Rules) {
        let path = url.path
        let reader: CSVReader
        switch ReturnedSheet.read(path: path) {
        case .success(let read): reader = read
        case .failure(let unreadable):
            problems.append(SurveyProblem(file: path, line: 0, kind: .unreadable, detail: unreadable.detail))
            return
        }
        problems += reader.problems.map { SurveyProblem(file: path, line: $0.line, kind: .badRecord, detail: $0.message) }
        guard let header = reader.records.first, let columns = Self.columns(header.fields) else {
            problems.append(SurveyProblem(file: path, line: reader.records.first?.line ?? 0, kind: .noHeader, detail: ""))
            return
        }
        var seen: [String: Int] = [:]
        // By id and by name: a county sheet has a row per member of thousands of stations.
        var stationsByKey: [String: Station] = [:]
        for station in rules.stations.reversed() {
            stationsByKey[station.name] = station
            stationsByKey[station.id] = station
        }
        for record in reader.records.dropFirst() {
            let cells = record.fields.map(Self.trimmingSpaces)
            func cell(_ key: String) -> String { columns[key].flatMap { $0 < cells.count ? cells[$0] : nil } ?? "" }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            func problem(_ kind: SurveyProblem.Kind, _ detail: String = "") {
                problems.append(SurveyProblem(file: path, line: record.line, kind: kind, detail: detail))
            }
            let stationText = cell("station")
            guard let station = stationsByKey[stationText] else {
                problem(.unknownStation, stationText)
                continue
            }
            if let only = rules.onlyStation, only != station.id {
                problem(.otherStation, stationText)
                continue
            }
            let member = cell("member")
            guard !member.isEmpty else {
                problem(.emptyName)
                continue
            }
            var month = rules.month
            if columns["month"] != nil, !cell("month").isEmpty {
                let numbers = cell("month").split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
                guard numbers.count >= 2, let parsed = try? YearMonth(year: numbers[0], month: numbers[1]) else {
                    problem(.badMonth, cell("month"))
                    continue
                }
                month = parsed
            }
            guard month <= rules.currentMonth else {
                problem(.futureMonth, month.description)
                continue
            }
            let words = cell("topics").split(whereSeparator: { Self.topicSeparators.contains($0) }).map(String.init)
            let ids = words.map { rules.topicNames[$0] }  // looked up once per word
            let unknown = zip(words, ids).filter { $0.1 == nil }.map(\.0)
            guard unknown.isEmpty else {
                for word in unknown { problem(.unknownTopic, word) }
                continue
            }
            guard !words.isEmpty else {
                problem(.noTopics)
                continue
            }
            var topics: [String] = []
            for id in ids.compactMap({ $0 }) where !topics.contains(id) { topics.append(id) }
            let key = "\(station.id)|\(month)|\(member)"
            // The same member twice in one sheet: the later row is the answer (a correction below the first).
            if let earlier = seen[key] { answers.remove(at: earlier); seen = seen.mapValues { $0 > earlier ? $0 - 1 : $0 } }
            seen[key] = answers.count
            answers.append(SurveyAnswer(
                station: station.id, month: month.description, member: member, topics: topics, comment: cell("comment"),
                sourceFile: path, sourceLine: record.line))
        }
    }

    private static let topicSeparators: Set<Character> = ["、", ";", "；", ",", "，", "/", " "]

    private static let aliases = [
        "station": ["站点", "station"], "member": ["姓名", "member", "name"], "topics": ["想学的内容", "topics", "内容"],
        "comment": ["意见", "comment", "意见建议"], "month": ["月份", "month"],
    ]

    /// Column of each key, or nil when the row is not a survey header (station, member and topics are required).
    static func columns(_ cells: [String]) -> [String: Int]? {
        var columns: [String: Int] = [:]
        for (index, cell) in cells.enumerated() {
            let text = cell.trimmingCharacters(in: .whitespaces).lowercased()
            if let key = aliases.first(where: { $0.value.contains(text) })?.key, columns[key] == nil { columns[key] = index }
        }
        return ["station", "member", "topics"].allSatisfy { columns[$0] != nil } ? columns : nil
    }

    /// `trimmingCharacters(in: .whitespaces)` (Zs and tab) without the trip through NSString: a cell
    /// with nothing to trim, the usual case, is returned as it is.
    static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}
