/// Something in a guide that was read around, not refused: a skipped programme, an assumed time zone.
public struct GuideWarning: Sendable, Hashable, CustomStringConvertible {
    /// What kind of thing was read around; a long list of warnings is summarised per kind.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A programme or channel that could not be used and was left out.
        case skipped
        /// A stop written with the start's date, past midnight, read as the next day.
        case stopNextDay = "stop-next-day"
        /// Times without an offset, read in the guide's zone.
        case zoneAssumed = "zone-assumed"
        /// The encoding was guessed.
        case encoding
        /// A value (a length, an attribute) that was ignored.
        case ignored
        /// Two entries for one channel and start time disagreed; one was kept.
        case conflict
        /// What libxml2 warned about.
        case xml
        /// The count of warnings left out of a very long list.
        case more
    }

    public var kind: Kind
    /// The guide's path as the caller gave it.
    public var path: String
    public var line: Int
    public var column: Int?
    /// In Simplified Chinese.
    public var message: String

    public init(kind: Kind = .skipped, path: String, line: Int, column: Int? = nil, message: String) {
        self.kind = kind
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
