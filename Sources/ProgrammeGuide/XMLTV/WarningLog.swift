/// The warnings of one guide, bounded: a hostile or broken guide can earn one per programme.
struct WarningLog {
    let path: String
    let limit: Int
    private(set) var warnings: [GuideWarning] = []
    private var dropped = 0

    init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = limit
    }

    mutating func add(_ kind: GuideWarning.Kind = .skipped, line: Int, column: Int? = nil, _ message: String) {
        add(GuideWarning(kind: kind, path: path, line: line, column: column, message: message))
    }

    mutating func add(_ warning: GuideWarning) {
        if warnings.count < limit { warnings.append(warning) } else { dropped += 1 }
    }

    /// The warnings, with a last one counting those left out.
    var all: [GuideWarning] {
        guard dropped > 0, let last = warnings.last else { return warnings }
        return warnings + [GuideWarning(kind: .more, path: path, line: last.line, message: "另有 \(dropped) 条警告未列出")]
    }
}
