public import Catalogue

/// What `import-tags` did or, in a dry run, would do: the catalogue's result and every bad row by line.
public struct TagImportReport: Sendable {
    public var path: String
    public var dryRun: Bool
    public var strict: Bool
    /// Data rows read from the sheet (bad ones included).
    public var rowCount: Int
    public var result: LibrarianImportResult
    /// Bad rows of the sheet and rows the catalogue could not apply, in line order.
    public var problems: [TagSheet.RowProblem]

    /// Exit 1 when any row was bad, whether or not the rest was applied.
    public var hasProblems: Bool { !problems.isEmpty }
}

/// `import-tags --json`: {"file","dryRun","applied","rows","matched","unmatchedLines","problems":[{"line","message"}],"change","changes"}.
extension TagImportReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case file, dryRun, strict, applied, rows, matched, unmatchedLines, problems, change, changes
    }

    private struct Problem: Encodable {
        var line: Int
        var message: String
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .file)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(strict, forKey: .strict)
        try container.encode(result.applied, forKey: .applied)
        try container.encode(rowCount, forKey: .rows)
        try container.encode(result.matchedRows, forKey: .matched)
        try container.encode(result.unmatchedLines, forKey: .unmatchedLines)
        try container.encode(problems.map { Problem(line: $0.line, message: $0.message) }, forKey: .problems)
        try container.encodeIfPresent(result.change, forKey: .change)
        try container.encode(result.changes, forKey: .changes)
    }
}
