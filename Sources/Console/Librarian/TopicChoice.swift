import Yuanjiao

/// A topic the librarian can pick: its id and Chinese label from `Catalog/topics.yaml`.
struct TopicChoice: Sendable, Equatable {
    var id: String
    var label: String
}

extension ConsoleServices {
    /// The taxonomy is decoded once and kept until `topics.yaml` changes (`Workspace.taxonomy()`), so
    /// after the first page this is a `stat` of the file: no need to leave the request's thread for it.
    func topicChoices() async throws -> [TopicChoice] {
        (try? workspace.taxonomy().topics.map { TopicChoice(id: $0.id, label: $0.label) }) ?? []
    }
}

extension [TopicChoice] {
    /// The Chinese name people read for a topic id (政策理论 for `policy`); the id only for a topic the
    /// taxonomy no longer has, so nothing disappears from a page.
    func name(of id: String) -> String {
        first { $0.id == id }?.label ?? id
    }
}
