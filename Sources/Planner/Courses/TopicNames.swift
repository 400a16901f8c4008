/// Chinese labels of topic ids for reasons and warnings (`law` → `法律法规`); from `Catalog/topics.yaml`.
public struct TopicNames: Sendable, Hashable {
    private var labels: [String: String]

    public init(_ labels: [String: String]) { self.labels = labels }

    /// No labels: every topic shows its id. The planner is pure and knows no taxonomy of its own; the
    /// application layer hands it the labels of `Catalog/topics.yaml`.
    public static let idsOnly = TopicNames([:])

    /// The label, or the id itself when unknown.
    public func label(_ topic: String) -> String { labels[topic] ?? topic }

    /// Adds or replaces labels.
    public func merging(_ more: [String: String]) -> TopicNames {
        TopicNames(labels.merging(more) { _, new in new })
    }
}
