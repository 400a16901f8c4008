public import Catalogue
public import Foundation

extension Workspace {
    /// `yuanjiao index`: scan folders, import guides, link recordings, suggest topics.
    public func index(
        paths: [String], guides: [String] = [], jobs: Int? = nil,
        progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }
    ) throws -> IndexReport {
        try catalogue.index(
            roots: paths, guides: guides.map { URL(fileURLWithPath: $0) }, taxonomy: try taxonomy(),
            options: IndexOptions(jobs: jobs), progress: progress)
    }
}
