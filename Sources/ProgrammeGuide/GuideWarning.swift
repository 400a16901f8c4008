/// Something in a guide that was read around, not refused: a skipped programme, an assumed time zone.
public struct GuideWarning: Sendable, Hashable, CustomStringConvertible {
    /// The guide's path as the caller gave it.
    public var path: String
    public var line: Int
    public var column: Int?
    /// In Simplified Chinese.
    public var message: String

    public init(path: String, line: Int, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `Samples/guides/x.xml:14: <programme> 缺少 channel 属性，已跳过`
    public var description: String {
        if let column { return "\(path):\(line):\(column): \(message)" }
        return "\(path):\(line): \(message)"
    }
}
