/// `search --json` in the DESIGN.md shape.
public struct SearchResults: Sendable, Codable {
    public struct Hit: Sendable, Codable {
        public var id: Int64
        public var title: String
        public var path: String
        public var duration: Double?
        public var topics: [String]
        public var snippet: String
        /// `video`, `audio` or `document`.
        public var kind: String = "video"
        /// A document's page count and author.
        public var pages: Int? = nil
        public var author: String? = nil
        /// The document page the snippet comes from, when its body text matched.
        public var page: Int? = nil
    }

    /// Around each matched run in `snippet`; the CLI turns them into colour on a terminal.
    public static let markStart = "<mark>"
    public static let markEnd = "</mark>"

    public var query: String
    public var total: Int
    public var results: [Hit]
    /// Guide programmes no recording is linked to yet: what the satellite will bring. Their own section.
    public var programmes: [ProgrammeHit] = []

    public init(query: String, total: Int, results: [Hit], programmes: [ProgrammeHit] = []) {
        self.query = query
        self.total = total
        self.results = results
        self.programmes = programmes
    }

    /// One guide programme: `kind` is always `"programme"`, to tell it from a resource in a mixed list.
    public struct ProgrammeHit: Sendable, Codable, Equatable {
        public var kind = "programme"
        public var id: Int64
        public var channel: String
        public var channelName: String?
        /// ISO 8601 with the offset, `2026-12-05T19:00:00+08:00`.
        public var start: String
        public var stop: String?
        public var title: String
        public var subTitle: String?
        public var episode: Int?
    }
}
