/// Every problem found in a station file, not only the first.
public struct StationFileError: Error, Sendable, CustomStringConvertible {
    public var problems: [StationFileProblem]

    public init(problems: [StationFileProblem]) {
        self.problems = problems
    }

    public var description: String { BoundedProblemList.lines(problems.map(\.description)).joined(separator: "\n") }
}

/// `Samples/stations.yaml:14:7: 时间“25:00”无效：小时必须在 00–23 之间，例如 19:00`.
///
/// `line` and `column` count from 1 (columns in Unicode scalars, as libyaml does); 0 when the problem
/// concerns the whole file (it cannot be read).
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
