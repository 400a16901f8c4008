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
    /// The reference data; nil only where a caller chose to run without it (tests of pure outputs).
    public let data: CatalogData?
    /// Decoded reference files, shared by every copy of this workspace (the console's requests).
    let referenceCache = ReferenceFileCache()

    /// `--catalog FILE`, else `$YUANJIAO_CATALOG`, else `yuanjiao.sqlite` in the current folder.
    public static func catalogPath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["YUANJIAO_CATALOG"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "yuanjiao.sqlite"
    }

    /// Opens the catalogue with the installed reference data. Missing or broken reference data is an
    /// error naming what is missing: never a quiet downgrade (no pinyin search, no topic suggestions)
    /// and never a reason to rebuild the search index.
    public init(catalogPath: String, access: Access = .readWrite) throws(YuanjiaoError) {
        let data: CatalogData
        do {
            data = try CatalogData.locate()
        } catch {
            throw YuanjiaoError(wrapping: error)
        }
        try self.init(catalogPath: catalogPath, access: access, data: data)
    }

    /// Opens the catalogue with `data`; nil runs without reference data (no pinyin, no topics).
    public init(catalogPath: String, access: Access = .readWrite, data: CatalogData?) throws(YuanjiaoError) {
        catalogue = try Self.boundary {
            // The pinyin table is read when search first needs it: commands that never search start faster.
            if let data {
                SearchFolding.usePrecompiledTable(at: data.foldingFile)
                return try Catalogue(
                    path: catalogPath, pinyinFile: data.pinyinFile, precompiledPinyinFile: data.precompiledPinyinFile,
                    readOnly: access == .readOnly)
            }
            return try Catalogue(path: catalogPath, readOnly: access == .readOnly)
        }
        self.data = data
    }

    /// What reading the reference data in this process found worth telling the user, in Chinese
    /// (e.g. a precompiled pinyin table older than its text). Print them after the command's output.
    public static var referenceDataWarnings: [String] { Catalogue.referenceDataWarnings }

    /// Each topic's Chinese label by id, for output; empty when the reference data cannot be read (the
    /// output then shows ids, and the command that needs the taxonomy reports why).
    public func topicLabels() -> [String: String] {
        guard let taxonomy = try? taxonomy() else { return [:] }
        return Dictionary(taxonomy.topics.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    /// The taxonomy of `Catalog/topics.yaml`.
    public func taxonomy() throws -> TopicTaxonomy {
        guard let data else { throw try CatalogData.locateError() }
        return try referenceCache.value(of: [data.topicsFile]) { try TopicsFile.load(data.topicsFile) }
    }
}
