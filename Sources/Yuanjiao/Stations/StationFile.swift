// STUB: the station-file engineer replaces the body (positions, every error at once), keeping the API.
public import Foundation
public import Planner
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

    public init(path: String, county: String, timeZone: String, calendarIDs: [String], stations: [Station]) {
        self.path = path
        self.county = county
        self.timeZone = timeZone
        self.calendarIDs = calendarIDs
        self.stations = stations
    }

    /// Reads and validates the file. `knownTopics` and `knownCalendars` come from `Catalog/`.
    public static func load(
        _ url: URL, knownTopics: Set<String>, knownCalendars: Set<String>
    ) throws(StationFileError) -> StationFile {
        throw StationFileError(problems: [StationFileProblem(path: url.path, line: 0, column: 0, message: "尚未实现")])
    }
}

/// Every problem found in a station file, not only the first.
public struct StationFileError: Error, Sendable, CustomStringConvertible {
    public var problems: [StationFileProblem]

    public init(problems: [StationFileProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// `Samples/stations.yaml:14:7: 时间“25:00”无效：小时必须在 00–23 之间，例如 19:00`.
public struct StationFileProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { line > 0 ? "\(path):\(line):\(column): \(message)" : "\(path): \(message)" }
}
