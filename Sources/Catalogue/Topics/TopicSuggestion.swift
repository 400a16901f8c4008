/// A topic proposed for a resource, with where the evidence came from and why, in Chinese.
public struct TopicSuggestion: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Codable {
        case guide
        case rule
        case season
    }

    public var topic: String
    public var source: Source
    public var reason: String

    public init(topic: String, source: Source, reason: String) {
        self.topic = topic
        self.source = source
        self.reason = reason
    }
}
