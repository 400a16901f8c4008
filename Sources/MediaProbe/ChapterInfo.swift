/// A chapter mark: a named part of a lecture.
public struct ChapterInfo: Sendable, Hashable, Codable {
    /// Seconds from the start of the file.
    public var start: Double
    /// Seconds from the start of the file.
    public var end: Double
    public var title: String?
    public var tags: [String: String]

    public init(start: Double, end: Double, title: String? = nil, tags: [String: String] = [:]) {
        self.start = start
        self.end = end
        self.title = title
        self.tags = tags
    }
}
