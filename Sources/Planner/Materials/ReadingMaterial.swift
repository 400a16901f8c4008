/// A document the catalogue offers as reading material (电子图书, 培训材料): never minutes of a session.
public struct ReadingMaterial: Sendable, Hashable {
    public var id: Int64
    public var title: String
    public var path: String
    /// Confirmed and suggested topic ids.
    public var topics: [String]

    public init(id: Int64, title: String, path: String, topics: [String]) {
        self.id = id
        self.title = title
        self.path = path
        self.topics = topics
    }
}

/// A document handed out at a session; `"materials":[{"id":N,"title":S,"path":S}]` in `plan --json`.
public struct PlannedMaterial: Sendable, Hashable, Codable {
    public var id: Int64
    public var title: String
    public var path: String

    public init(id: Int64, title: String, path: String) {
        self.id = id
        self.title = title
        self.path = path
    }
}
