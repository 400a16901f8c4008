public import Foundation
public import Planner
public import Notices
import Yams

/// A county's station file (DESIGN.md "Station file"), with every station's rules resolved:
/// `defaults`, then the station's own overrides.
public struct StationFile: Sendable {
    public var path: String
    public var county: String
    public var timeZone: String
    /// `calendar:` — one id or a list (plans across years), e.g. ["CN-2026"].
    public var calendarIDs: [String]
    public var stations: [Station]
    /// Station id → its members for the sign-in sheets (`members:` in the file, or `members.csv` beside it).
    public var members: [String: [Member]]
    /// Station id → its monitoring targets (`targets:` of the station over `defaults`, over the county defaults).
    public var targets: [String: [MonitoringRatio: Double]] = [:]
    /// Stations whose `topics:` is `survey`: planned with their 需求调查 weights (their resolved topics are the fallback).
    public var topicsFromSurvey: Set<String> = []

    /// A station's target for `ratio`: its own, else `defaults:`, else `MonitoringRatio.defaultTarget`.
    public func target(_ ratio: MonitoringRatio, station: String) -> Double {
        targets[station]?[ratio] ?? ratio.defaultTarget
    }
    /// Station id → its `children.roster` path as written, with where (read by `check(_:)` beside the file).
    var childrenRosters: [String: Located<String>] = [:]

    public init(
        path: String, county: String, timeZone: String, calendarIDs: [String], stations: [Station],
        members: [String: [Member]] = [:]
    ) {
        self.path = path
        self.county = county
        self.timeZone = timeZone
        self.calendarIDs = calendarIDs
        self.stations = stations
        self.members = members
    }

    /// Reads and validates the file. `knownTopics` and `knownCalendars` come from `Catalog/`.
    /// Throws every problem found, each with `file:line:column`.
    public static func load(
        _ url: URL, knownTopics: Set<String>, knownCalendars: Set<String>
    ) throws(StationFileError) -> StationFile {
        let report = check(url, knownTopics: knownTopics, knownCalendars: knownCalendars)
        guard let file = report.file, report.problems.isEmpty else {
            throw StationFileError(problems: report.problems)
        }
        return file
    }

    /// Reads and validates the file, never throwing: what `yuanjiao stations check` shows.
    public static func check(_ url: URL, knownTopics: Set<String>, knownCalendars: Set<String>) -> StationFileReport {
        let path = url.relativePath
        let text: String
        switch readText(url) {
        case .success(let read): text = read
        case .failure(let error):
            return StationFileReport(
                path: path, stationIDs: [],
                problems: [StationFileProblem(path: path, line: 0, column: 0, message: error.message)],
                file: nil)
        }
        var report = check(text: text, path: path, knownTopics: knownTopics, knownCalendars: knownCalendars)
        if let list = MemberList.read(beside: url, stationIDs: report.stationIDs) {
            let csvPath = url.deletingLastPathComponent().appendingPathComponent(MemberList.fileName).relativePath
            report.problems += list.problems.map { StationFileProblem(path: csvPath, line: $0.line, column: 0, message: $0.message) }
            for (station, members) in list.members { report.file?.members[station, default: []] += members }
            if !report.problems.isEmpty { report.file = nil }
        }
        readRosters(beside: url, into: &report)
        return report
    }

    /// Validates station-file text; `path` only names it in problems.
    public static func check(
        text: String, path: String, knownTopics: Set<String>, knownCalendars: Set<String>
    ) -> StationFileReport {
        func report(_ findings: [Finding], ids: [String] = [], file: StationFile? = nil) -> StationFileReport {
            var seen: Set<Finding> = []
            let problems = findings.enumerated()
                .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
                .map(\.element)
                .filter { seen.insert($0).inserted }
                .map { StationFileProblem(path: path, line: $0.at.line, column: $0.at.column, message: $0.message) }
            return StationFileReport(path: path, stationIDs: ids, problems: problems, file: problems.isEmpty ? file : nil)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            return report([YAMLSyntaxFinding.finding(for: error, text: text)])
        } catch {
            return report([Finding(at: SourceLocation(line: 1, column: 1), message: "YAML 格式有误：\(error)")])
        }
        guard let root, !root.isNull else {
            return report([
                Finding(
                    at: SourceLocation(line: 1, column: 1),
                    message: "文件是空的：至少要写 county、calendar 和 stations，参见 Samples/stations.yaml")
            ])
        }
        var reader = StationFileReader(knownTopics: knownTopics, knownCalendars: knownCalendars)
        let document = reader.read(root)
        let resolved = StationResolver(document: document).resolve()
        var file = StationFile(
            path: path, county: document.county ?? "", timeZone: document.timeZone, calendarIDs: document.calendarIDs,
            stations: resolved.stations,
            members: Dictionary(document.stations.compactMap { entry in entry.id.map { ($0.value, entry.members) } }
                .filter { !$0.1.isEmpty }) { first, second in first + second })
        for entry in document.stations {
            guard let id = entry.id?.value else { continue }
            file.targets[id] = document.defaultTargets.merging(entry.targets) { _, own in own }
            if entry.topicsFromSurvey || (document.defaultTopicsFromSurvey && entry.rules.topics == nil) { file.topicsFromSurvey.insert(id) }
            if let roster = entry.children?.roster { file.childrenRosters[id] = roster }
        }
        return report(reader.findings + resolved.findings, ids: document.stations.compactMap { $0.id?.value }, file: file)
    }

    private static func readText(_ url: URL) -> Result<String, TextError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return .failure(TextError("找不到站点文件，请检查路径（示例：Samples/stations.yaml）"))
        }
        guard !isDirectory.boolValue else { return .failure(TextError("这是一个文件夹，请给出站点文件（.yaml）的路径")) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(TextError("无法读取站点文件，请检查文件权限"))
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            return .failure(TextError("站点文件不是 UTF-8 编码，请用文本编辑器另存为 UTF-8"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(text)
    }

    private struct TextError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
