public import Foundation

/// The `Catalog/` folder of reference data (topics, calendars, pinyin readings), found without
/// configuration when Yuanjiao runs from its repository or beside an installed copy of the folder.
public struct CatalogData: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public struct NotFound: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "找不到参考数据文件夹 Catalog/（查找过：\(searched.joined(separator: "、"))）。请设置环境变量 YUANJIAO_DATA 指向它。"
        }
    }

    /// `$YUANJIAO_DATA`, else the nearest `Catalog/` above the executable, else above the current folder.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CatalogData {
        var searched: [String] = []
        if let explicit = environment["YUANJIAO_DATA"], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit)
            if isCatalog(url) { return CatalogData(directory: url) }
            searched.append(explicit)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let starts = [executable.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
            var folder = start
            while true {
                let candidate = folder.appendingPathComponent("Catalog")
                if isCatalog(candidate) { return CatalogData(directory: candidate) }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
            searched.append(start.path)
        }
        throw NotFound(searched: searched)
    }

    /// The error `locate()` gives, for callers that found no folder earlier and now need one.
    static func locateError() throws -> NotFound {
        do {
            _ = try locate()
            return NotFound(searched: [])
        } catch let error as NotFound {
            return error
        }
    }

    private static func isCatalog(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("topics.yaml").path)
    }

    public var topicsFile: URL { directory.appendingPathComponent("topics.yaml") }
    public var calendarsDirectory: URL { directory.appendingPathComponent("calendars") }
    public var pinyinFile: URL { directory.appendingPathComponent("pinyin-readings.txt") }
}
