/// One resource's librarian data with what identifies it in another catalogue: a row of `export-tags`.
public struct LibrarianRecord: Sendable, Hashable {
    public var id: Int64
    public var fingerprint: String
    public var path: String
    public var title: String
    public var state: LibrarianState
}

/// One row of an imported sheet: how to find the resource (fingerprint first, then path) and what to do.
public struct LibrarianImportRow: Sendable, Hashable {
    /// Where the row starts in its file, for messages.
    public var line: Int
    public var fingerprint: String?
    public var path: String?
    public var edit: LibrarianEdit

    public init(line: Int, fingerprint: String?, path: String?, edit: LibrarianEdit) {
        self.line = line
        self.fingerprint = fingerprint
        self.path = path
        self.edit = edit
    }
}

/// What an import did, or in a dry run would do.
public struct LibrarianImportResult: Sendable, Equatable {
    public struct RowProblem: Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    /// Rows that found at least one resource.
    public var matchedRows: Int
    /// Lines of rows whose fingerprint and path are both unknown here (normal between counties).
    public var unmatchedLines: [Int]
    /// Rows that could not be applied (unknown topic, episode without series), by line.
    public var problems: [RowProblem]
    public var changes: [ResourceChange]
    /// The change log entry, when something was written.
    public var change: Int64?
    /// Whether the changes were written (false in a dry run, or in strict mode with any problem).
    public var applied: Bool
}
