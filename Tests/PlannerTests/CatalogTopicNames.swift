import Foundation
import Planner

extension TopicNames {
    /// The labels of the shipped `Catalog/topics.yaml`, the only source of labels: the planner reads no files,
    /// so its tests read the `- id:` / `label:` lines here. A missing file gives no labels, and the tests
    /// that word a reason fail naming the id they got.
    static let catalog: TopicNames = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Catalog/topics.yaml")
        var labels: [String: String] = [:]
        var topic: String?
        for line in ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("- id:") {
                topic = text.dropFirst("- id:".count).trimmingCharacters(in: .whitespaces)
            } else if text.hasPrefix("label:"), let id = topic {
                labels[id] = text.dropFirst("label:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        return TopicNames(labels)
    }()
}
