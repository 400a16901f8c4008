/// The topic taxonomy of `Catalog/topics.yaml`, as values. The application layer parses the file;
/// the catalogue only needs the data.
public struct TopicTaxonomy: Sendable, Hashable {
    public struct Topic: Sendable, Hashable, Codable {
        public var id: String
        public var label: String
        public var labelTraditional: String?
        public var synonyms: [String]
        public var keywords: [String]
        public var folders: [String]
        public var categories: [String]

        public init(
            id: String, label: String, labelTraditional: String? = nil, synonyms: [String] = [],
            keywords: [String] = [], folders: [String] = [], categories: [String] = []
        ) {
            self.id = id
            self.label = label
            self.labelTraditional = labelTraditional
            self.synonyms = synonyms
            self.keywords = keywords
            self.folders = folders
            self.categories = categories
        }
    }

    public var topics: [Topic]

    public init(topics: [Topic]) {
        self.topics = topics
    }

    public func topic(_ id: String) -> Topic? {
        topics.first { $0.id == id }
    }

    public var ids: [String] { topics.map(\.id) }
}
