/// Why a guide was refused as a whole. Nothing from a refused guide should be kept.
public struct GuideError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The file could not be opened or read.
        case unreadable
        /// Not well-formed XML, or not an XMLTV guide; `line`/`column` point at the first error.
        case malformed
        /// The bytes are not in the declared (or detected) encoding.
        case encoding
        /// The guide declares or references entities (billion laughs, external entities): refused for safety.
        case forbiddenEntity
        /// Nesting, text or entry counts beyond `GuideOptions`.
        case limitExceeded
    }

    public var kind: Kind
    /// The guide's path as the caller gave it.
    public var path: String
    /// 1-based; 0 when the error has no position (an unreadable file).
    public var line: Int
    /// 1-based; 0 when unknown.
    public var column: Int
    /// In Simplified Chinese.
    public var message: String

    public init(kind: Kind, path: String, line: Int = 0, column: Int = 0, message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `Samples/guides/bad.xml:14:7: 开始标签与结束标签不匹配 …`
    public var description: String {
        switch (line, column) {
        case (0, _): "\(path): \(message)"
        case (_, 0): "\(path):\(line): \(message)"
        default: "\(path):\(line):\(column): \(message)"
        }
    }
}
