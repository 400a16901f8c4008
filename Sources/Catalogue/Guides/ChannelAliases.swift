public import Foundation

/// `Catalog/channel-aliases.txt`: names that are literally different yet one channel (`CCTV1综合`, `中央一套`
/// for CCTV1; `CCTV5体育赛事` for CCTV5+). Every name is folded first (`ChannelIdentity`), so spellings that
/// differ only in width, case, script or separators need no line; a name not in the table is its own channel.
public struct ChannelAliases: Sendable, Equatable {
    /// Folded alias → folded canonical name.
    private var canonical: [String: String] = [:]

    public static let none = ChannelAliases()

    public init() {}

    /// `lines`: `规范名: 别名 | 别名`; `#` starts a comment. Throws on the first line that cannot be read,
    /// naming its line, and on a name given to two channels (the table would link one channel's recordings
    /// to the other).
    public init(text: String, path: String) throws(ChannelAliasesError) {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let number = index + 1
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                throw ChannelAliasesError(path: path, line: number, message: "缺少冒号：应写成“规范名: 别名 | 别名”")
            }
            guard let head = ChannelIdentity(String(line[..<colon])) else {
                throw ChannelAliasesError(path: path, line: number, message: "冒号前的规范名是空的或只有符号")
            }
            let names = line[line.index(after: colon)...].split(whereSeparator: { $0 == "|" || $0 == "｜" })
            for name in names {
                let written = name.trimmingCharacters(in: .whitespaces)
                guard let alias = ChannelIdentity(written) else {
                    throw ChannelAliasesError(path: path, line: number, message: "别名“\(written)”是空的或只有符号")
                }
                if let other = canonical[alias.full], other != head.full {
                    throw ChannelAliasesError(
                        path: path, line: number, message: "别名“\(written)”已经属于频道 \(other)，同一个名字不能指两个频道")
                }
                canonical[alias.full] = head.full
            }
        }
    }

    /// Reads the table; a missing file is an empty table (every channel then matches by its folded name only).
    public static func load(_ url: URL) throws(ChannelAliasesError) -> ChannelAliases {
        guard FileManager.default.fileExists(atPath: url.path) else { return .none }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ChannelAliasesError(path: url.path, line: 0, message: "无法读取，请检查文件权限")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ChannelAliasesError(path: url.path, line: 0, message: "不是 UTF-8 文本，请用 UTF-8 保存")
        }
        return try ChannelAliases(text: text, path: url.path)
    }

    /// The folded canonical name of a folded name.
    func resolve(_ key: String) -> String { canonical[key] ?? key }
}

/// A line of the channel alias table that cannot be read.
public struct ChannelAliasesError: Error, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based; 0 when the whole file is at fault.
    public var line: Int
    public var message: String

    public var description: String {
        line > 0 ? "频道别名表 \(path) 第 \(line) 行：\(message)" : "频道别名表 \(path)：\(message)"
    }
}
