public import Catalogue
import ChineseText
public import Foundation

/// The application layer's entry: one catalogue file plus the reference data in `Catalog/`.
/// A command-line tool or a future web console opens one of these and calls its use cases.
public struct Workspace: Sendable {
    public let catalogue: Catalogue
    /// nil when no `Catalog/` folder was found: indexing still works, without topic suggestions.
    public let data: CatalogData?

    /// `--catalog FILE`, else `$YUANJIAO_CATALOG`, else `yuanjiao.sqlite` in the current folder.
    public static func catalogPath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["YUANJIAO_CATALOG"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "yuanjiao.sqlite"
    }

    public init(catalogPath: String, data: CatalogData? = try? CatalogData.locate()) throws(CatalogueError) {
        // Without the readings table search still works, only pinyin queries find nothing.
        let pinyin = data.flatMap { try? PinyinTable(contentsOf: $0.pinyinFile) }
        catalogue = try Catalogue(path: catalogPath, pinyin: pinyin)
        self.data = data
    }

    /// The taxonomy of `Catalog/topics.yaml`.
    public func taxonomy() throws -> TopicTaxonomy {
        guard let data else { throw try CatalogData.locateError() }
        return try TopicsFile.load(data.topicsFile)
    }
}
