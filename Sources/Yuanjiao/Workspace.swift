public import Catalogue
import ChineseText
public import Foundation

/// The application layer's entry: one catalogue file plus the reference data in `Catalog/`.
/// A command-line tool or a future web console opens one of these and calls its use cases; the
/// catalogue itself stays private to it, and every error leaves as a `YuanjiaoError`.
public struct Workspace: Sendable {
    /// How the catalogue is opened: commands that only read never create, migrate or write it.
    public enum Access: Sendable {
        case readOnly
        case readWrite
    }

    let catalogue: Catalogue
    /// nil when no `Catalog/` folder was found: indexing still works, without topic suggestions.
    public let data: CatalogData?

    /// `--catalog FILE`, else `$YUANJIAO_CATALOG`, else `yuanjiao.sqlite` in the current folder.
    public static func catalogPath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["YUANJIAO_CATALOG"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "yuanjiao.sqlite"
    }

    public init(
        catalogPath: String, access: Access = .readWrite, data: CatalogData? = try? CatalogData.locate()
    ) throws(YuanjiaoError) {
        // Without the readings table search still works, only pinyin queries find nothing.
        let pinyin = data.flatMap { try? PinyinTable(contentsOf: $0.pinyinFile) }
        do {
            catalogue = try Catalogue(path: catalogPath, pinyin: pinyin, readOnly: access == .readOnly)
        } catch {
            throw YuanjiaoError(wrapping: error)
        }
        self.data = data
    }

    /// The taxonomy of `Catalog/topics.yaml`.
    public func taxonomy() throws -> TopicTaxonomy {
        guard let data else { throw try CatalogData.locateError() }
        return try TopicsFile.load(data.topicsFile)
    }
}
