/// Chinese labels of topic ids for reasons and warnings (`law` → `法律法规`); from `Catalog/topics.yaml`.
public struct TopicNames: Sendable, Hashable {
    private var labels: [String: String]

    public init(_ labels: [String: String]) { self.labels = labels }

    /// The topics DESIGN.md names.
    public static let builtIn = TopicNames([
        "policy": "政策理论", "law": "法律法规", "ethics": "道德教育", "agritech": "农业科技与实用技术",
        "children": "少儿", "culture": "文化娱乐",
    ])

    /// The label, or the id itself when unknown.
    public func label(_ topic: String) -> String { labels[topic] ?? topic }

    /// Adds or replaces labels.
    public func merging(_ more: [String: String]) -> TopicNames {
        TopicNames(labels.merging(more) { _, new in new })
    }
}
