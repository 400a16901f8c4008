import Foundation

/// Decides what to tell libxml2 about a guide's encoding before it starts. libxml2 itself reads BOMs and
/// XML declarations (converting GB2312/GBK/GB18030 through iconv); what it cannot do is guess an undeclared
/// GB18030 file, or read a "GB2312" guide that uses GBK characters, as Chinese guides often do.
struct InputEncoding: Equatable {
    /// The encoding to hand libxml2, nil to let it decide.
    var encoding: String?
    /// Whether `encoding` overrides the XML declaration.
    var ignoringDeclaration: Bool
    /// A warning to give the caller, in Chinese.
    var note: String?

    static let libxml2Decides = InputEncoding(encoding: nil, ignoringDeclaration: false, note: nil)

    /// Names of GB 2312 and GBK: GB18030 is their superset, byte for byte.
    private static let gbFamily: Set<String> = [
        "gb2312", "gb_2312-80", "gb_2312", "euc-cn", "euccn", "gbk", "cp936", "x-gbk", "ms936", "windows-936",
    ]

    static func choose(file: String, path: String, forced: String?) throws(GuideError) -> InputEncoding {
        if let forced { return InputEncoding(encoding: forced, ignoringDeclaration: true, note: nil) }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw GuideError(kind: .unreadable, path: path, message: "无法打开文件")
        }
        defer { try? handle.close() }
        let head: Data
        do { head = try handle.read(upToCount: 1024) ?? Data() } catch {
            throw GuideError(kind: .unreadable, path: path, message: "读取文件时出错（磁盘或权限问题？），请检查文件后重试")
        }
        let bytes = [UInt8](head)
        // A BOM, or UTF-16/32 without one: libxml2 recognises these from the first bytes.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x3C, 0x00]) || bytes.starts(with: [0x00, 0x3C])
        {
            return .libxml2Decides
        }
        if let declared = declaredEncoding(in: bytes) {
            if gbFamily.contains(declared.lowercased()) {
                return InputEncoding(encoding: "GB18030", ignoringDeclaration: true, note: nil)
            }
            return .libxml2Decides
        }
        do {
            try handle.seek(toOffset: 0)
            if try UTF8Validator.isValid(handle) { return .libxml2Decides }
        } catch {
            throw GuideError(kind: .unreadable, path: path, message: "读取文件时出错（磁盘或权限问题？），请检查文件后重试")
        }
        return InputEncoding(
            encoding: "GB18030", ignoringDeclaration: false,
            note: "没有声明编码，内容也不是有效的 UTF-8，按 GB18030 读取")
    }

    /// The `encoding="…"` of an XML declaration at the very start, read as ASCII.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)), let end = bytes.firstRange(of: Array("?>".utf8)) else {
            return nil
        }
        let declaration = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        let name = rest.prefix { $0 != quote }
        return name.isEmpty ? nil : String(name)
    }
}
