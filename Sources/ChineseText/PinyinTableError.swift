/// The pinyin readings file could not be read or holds a line it cannot parse.
public struct PinyinTableError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as given.
    public var path: String
    /// 1-based line number; 0 when the file could not be read at all.
    public var line: Int
    /// What is wrong, in Simplified Chinese.
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }
}
