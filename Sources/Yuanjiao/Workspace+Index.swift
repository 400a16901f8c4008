public import Catalogue
import Foundation

extension Workspace {
    /// `yuanjiao index`: scan folders, import guides, link recordings, suggest topics. Runs one at a time
    /// per catalogue: `waiting` is called once when another run holds the catalogue and this one waits.
    public func index(
        paths: [String], guides: [String] = [], jobs: Int? = nil, rebuildSearch: Bool = false,
        waiting: () -> Void = {},
        progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }
    ) throws(YuanjiaoError) -> IndexReport {
        try Self.boundary {
            let lock = try catalogue.indexingLock(waiting: waiting)
            defer { withExtendedLifetime(lock) {} }
            let report = try catalogue.index(
                roots: paths, guides: guides.map { URL(fileURLWithPath: $0) }, taxonomy: try taxonomy(),
                options: IndexOptions(jobs: jobs, channelAliases: try channelAliases()), progress: progress)
            if rebuildSearch { try catalogue.rebuildSearchIndex() }
            return report
        }
    }
}
