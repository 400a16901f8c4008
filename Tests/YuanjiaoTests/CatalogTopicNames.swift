import Foundation
import Planner
@testable import Yuanjiao

extension TopicNames {
    /// The labels of the shipped `Catalog/topics.yaml` read as the workspace reads them: notices in tests
    /// show the labels users see, never a copy. An unreadable file gives no labels (ids show, and golden
    /// comparisons fail).
    static let catalog: TopicNames = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Catalog/topics.yaml")
        let topics = (try? TopicsFile.load(file).topics) ?? []
        return TopicNames(Dictionary(topics.map { ($0.id, $0.label) }) { first, _ in first })
    }()
}
