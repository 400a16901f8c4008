public import Foundation

/// How a guide is read, and the limits a hostile guide runs into.
public struct GuideOptions: Sendable {
    /// The zone of times written without an offset (`20261201190000`). XMLTV says UTC; Chinese guides mean Beijing time.
    public var defaultTimeZone: TimeZone
    /// Longest text node or attribute value, in UTF-8 bytes; a longer one refuses the guide.
    public var maxTextBytes: Int
    /// Deepest element nesting (`<tv>` is depth 0); deeper refuses the guide. XMLTV needs about 4.
    public var maxDepth: Int
    /// Most child elements of one `<channel>` or `<programme>`; more refuses the guide.
    public var maxEntriesPerItem: Int
    /// Most attributes on one element; more refuses the guide before libxml2 parses it (its duplicate check
    /// is quadratic). XMLTV needs about 6.
    public var maxAttributes: Int
    /// Longest start tag in bytes, attributes included; longer refuses the guide.
    public var maxStartTagBytes: Int
    /// Read the bytes in this encoding (`GB18030`) whatever the guide declares. nil: the BOM, else the
    /// XML declaration, else UTF-8 when the bytes are valid UTF-8, else GB18030.
    public var encoding: String?

    public init(
        defaultTimeZone: TimeZone = GuideOptions.beijing,
        maxTextBytes: Int = 64 * 1024,
        maxDepth: Int = 16,
        maxEntriesPerItem: Int = 1024,
        encoding: String? = nil,
        maxAttributes: Int = 256,
        maxStartTagBytes: Int = 256 * 1024
    ) {
        self.maxAttributes = maxAttributes
        self.maxStartTagBytes = maxStartTagBytes
        self.defaultTimeZone = defaultTimeZone
        self.maxTextBytes = maxTextBytes
        self.maxDepth = maxDepth
        self.maxEntriesPerItem = maxEntriesPerItem
        self.encoding = encoding
    }

    /// Asia/Shanghai (UTC+8, no daylight saving since 1991).
    public static let beijing: TimeZone =
        TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
}
