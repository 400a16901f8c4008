public import Foundation

/// The reference data (topics, calendars, seasons, pinyin readings) the program runs with, found from
/// the program itself so that it does not depend on the folder it is started from:
/// `$YUANJIAO_DATA`, else `PREFIX/share/yuanjiao` beside an installed `PREFIX/bin/yuanjiao`, else the
/// repository's `Catalog/` above a development build.
public struct CatalogData: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// What every command that opens a catalogue needs; seasons.yaml is optional.
    static let requiredEntries = ["topics.yaml", "pinyin-readings.txt", "calendars"]

    public struct NotFound: Error, CustomStringConvertible {
        public var searched: [String]
        /// Set when a folder was found (or named by $YUANJIAO_DATA) but lacks files.
        public var incomplete: (folder: String, missing: [String])?

        public var description: String {
            if let incomplete {
                return "参考数据文件夹 \(incomplete.folder) 不完整，缺少：\(incomplete.missing.joined(separator: "、"))。"
                    + "请重新安装远教，或把 YUANJIAO_DATA 指向完整的参考数据文件夹（含 \(CatalogData.requiredEntries.joined(separator: "、"))）。"
            }
            return "找不到参考数据（主题、节假日日历、拼音读音表）。查找过：\(searched.joined(separator: "、"))。"
                + "请重新安装远教（数据在 PREFIX/share/yuanjiao），或设置环境变量 YUANJIAO_DATA 指向参考数据文件夹。"
        }
    }

    /// `$YUANJIAO_DATA` (used as given: a wrong one is an error, never a fallback), else the installed
    /// `../share/yuanjiao` beside the executable, else the nearest `Catalog/` above the executable.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    ) throws(NotFound) -> CatalogData {
        if let explicit = environment["YUANJIAO_DATA"], !explicit.isEmpty {
            return try checked(URL(fileURLWithPath: explicit), searched: ["YUANJIAO_DATA=\(explicit)"])
        }
        let binary = resolvedExecutable(executable).deletingLastPathComponent()
        let installed = binary.deletingLastPathComponent().appendingPathComponent("share/yuanjiao")
        var searched = [installed.path]
        if exists(installed) { return try checked(installed, searched: searched) }
        var folder = binary
        while true {
            let candidate = folder.appendingPathComponent("Catalog")
            if exists(candidate.appendingPathComponent("topics.yaml")) { return try checked(candidate, searched: searched) }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        searched.append("\(binary.path) 以上各级的 Catalog/")
        throw NotFound(searched: searched)
    }

    /// The error `locate()` gives, for callers that found no folder earlier and now need one.
    static func locateError() throws -> NotFound {
        do {
            _ = try locate()
            return NotFound(searched: [])
        } catch {
            return error
        }
    }

    private static func checked(_ folder: URL, searched: [String]) throws(NotFound) -> CatalogData {
        let missing = requiredEntries.filter { !exists(folder.appendingPathComponent($0)) }
        guard missing.isEmpty else { throw NotFound(searched: searched, incomplete: (folder.path, missing)) }
        return CatalogData(directory: folder)
    }

    /// The running program, through symbolic links (`/usr/bin/yuanjiao` → `/opt/yuanjiao/bin/yuanjiao`);
    /// a bare name started from PATH is looked up the way the shell did.
    private static func resolvedExecutable(_ url: URL) -> URL {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: link)
        }
        return url.resolvingSymlinksInPath()
    }

    private static func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    public var topicsFile: URL { directory.appendingPathComponent("topics.yaml") }
    public var calendarsDirectory: URL { directory.appendingPathComponent("calendars") }
    public var pinyinFile: URL { directory.appendingPathComponent("pinyin-readings.txt") }
    /// The pinyin table in binary form, made from `pinyinFile` (`yuanjiao-bench pinyin-table`): read in
    /// well under a millisecond instead of parsing the text; a missing or stale one is parsed with a warning.
    public var precompiledPinyinFile: URL { directory.appendingPathComponent("pinyin-readings.bin") }
    /// The search folding table, precompiled (optional: without it the table is computed at start-up).
    public var foldingFile: URL { directory.appendingPathComponent("search-folding.bin") }
}
