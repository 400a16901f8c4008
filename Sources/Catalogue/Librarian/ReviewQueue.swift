public import Foundation

/// `review --json` in the DESIGN.md shape: resources without a confirmed topic, newest first.
public struct ReviewQueue: Sendable, Codable, Equatable {
    public struct Item: Sendable, Codable, Equatable {
        public var id: Int64
        public var title: String
        public var path: String
        public var added: Date
        /// Guide, rule and season suggestions with their reasons; rejected topics never appear.
        public var suggested: [TopicSuggestion]
        /// Topics the librarian removed from this resource.
        public var rejected: [String]
        public var tags: [String]
        public var audience: Audience?
        public var series: String?
        public var episode: Int?
        /// Months the course is timely in (seasonal calendar); empty when it has no season.
        public var months: [Int]
        /// `video`, `audio` or `document`.
        public var kind: String = "video"
        /// A PDF without a text layer (scanned, 无文字层): the librarian titles and tags it by hand.
        public var noTextLayer: Bool = false
        /// Guide programmes of several channels that fit the recording's time when nothing names its channel:
        /// the librarian picks one; nil when there are none.
        public var linkCandidates: [LinkCandidate]? = nil
    }

    /// One programme a recording may be, by time alone.
    public struct LinkCandidate: Sendable, Codable, Equatable {
        public var programme: Int64
        public var channel: String
        public var start: Date
        public var title: String
    }

    /// Every resource waiting for review, not only those listed.
    public var total: Int
    public var items: [Item]
    /// The cursor of the next page (`review --after`): the last listed id when the page was full.
    public var next: Int64?

    public init(total: Int, items: [Item], next: Int64? = nil) {
        self.total = total
        self.items = items
        self.next = next
    }
}
