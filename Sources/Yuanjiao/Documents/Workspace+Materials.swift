import Catalogue
import Planner

extension Workspace {
    /// The catalogue's documents as the planner's reading material.
    func readingMaterials() throws -> [ReadingMaterial] {
        try catalogue.readingDocuments().map { ReadingMaterial(id: $0.id, title: $0.title, path: $0.path, topics: $0.topics) }
    }
}
