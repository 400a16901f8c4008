import Yuanjiao

/// A topic the librarian can pick: its id and Chinese label from `Catalog/topics.yaml`.
struct TopicChoice: Sendable, Equatable {
    var id: String
    var label: String
}

extension ConsoleServices {
    func topicChoices() async throws -> [TopicChoice] {
        try await run { workspace in
            (try? workspace.taxonomy().topics.map { TopicChoice(id: $0.id, label: $0.label) }) ?? []
        }
    }
}

extension [TopicChoice] {
    /// The Chinese name people read for a topic id (政策理论 for `policy`); the id only for a topic the
    /// taxonomy no longer has, so nothing disappears from a page.
    func name(of id: String) -> String {
        first { $0.id == id }?.label ?? id
    }
}
