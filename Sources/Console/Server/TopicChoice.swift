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
