/// An XMLTV `<channel>`.
public struct Channel: Sendable, Hashable, Codable {
    /// The `id` attribute that programmes refer to (`CCTV-7`).
    public var id: String
    public var displayNames: [LocalizedText]
    /// Line of `<channel>` in the guide, for messages.
    public var line: Int

    public init(id: String, displayNames: [LocalizedText] = [], line: Int = 0) {
        self.id = id
        self.displayNames = displayNames
        self.line = line
    }
}
