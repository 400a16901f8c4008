/// What `yuanjiao stations check` shows: the stations found and every problem, even when the file is broken.
public struct StationFileReport: Sendable {
    /// The file as the user named it.
    public var path: String
    /// Station ids in the file's order (those that could be read).
    public var stationIDs: [String]
    /// Sorted by line and column.
    public var problems: [StationFileProblem]
    /// The resolved file; nil when there is any problem.
    public var file: StationFile?
    /// Worth knowing, not wrong (a provisional holiday calendar, two children of the same name).
    public var warnings: [StationFileProblem] = []

    public init(path: String, stationIDs: [String], problems: [StationFileProblem], file: StationFile?) {
        self.path = path
        self.stationIDs = stationIDs
        self.problems = problems
        self.file = file
    }

    public var isValid: Bool { problems.isEmpty && file != nil }
}

/// `{"file":S,"stations":[ids],"problems":[{"line":N,"column":N,"message":S}]}`.
extension StationFileReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case file, stations, problems, warnings
    }

    private struct Problem: Encodable {
        var line: Int
        var column: Int
        var message: String
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .file)
        try container.encode(stationIDs, forKey: .stations)
        try container.encode(
            problems.map { Problem(line: $0.line, column: $0.column, message: $0.message) }, forKey: .problems)
        try container.encode(
            warnings.map { Problem(line: $0.line, column: $0.column, message: "\($0.path)：\($0.message)") }, forKey: .warnings)
    }
}
