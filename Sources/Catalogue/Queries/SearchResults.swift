/// `search --json` in the DESIGN.md shape.
public struct SearchResults: Sendable, Codable {
    public struct Hit: Sendable, Codable {
        public var id: Int64
        public var title: String
        public var path: String
        public var duration: Double?
        public var topics: [String]
        public var snippet: String
    }

    /// Around each matched run in `snippet`; the CLI turns them into colour on a terminal.
    public static let markStart = "<mark>"
    public static let markEnd = "</mark>"

    public var query: String
    public var total: Int
    public var results: [Hit]
}
