import ChineseText

/// Everything a librarian decided about one resource. The change log stores it before and after each
/// change (as JSON with these keys), which is what makes every change reversible.
public struct LibrarianState: Sendable, Codable, Hashable {
    /// Topics the librarian set or confirmed, sorted.
    public var topics: [String]
    /// Topics the librarian removed: rules never suggest them again for this resource. Sorted.
    public var rejected: [String]
    /// Free tags, sorted.
    public var tags: [String]
    public var audience: Audience?
    public var series: String?
    public var episode: Int?

    public init(
        topics: [String] = [], rejected: [String] = [], tags: [String] = [],
        audience: Audience? = nil, series: String? = nil, episode: Int? = nil
    ) {
        self.topics = Array(Set(topics)).sorted()
        self.rejected = Array(Set(rejected)).sorted()
        self.tags = Array(Set(tags)).sorted()
        self.audience = audience
        self.series = series
        self.episode = episode
    }

    public static let empty = LibrarianState()

    public var isEmpty: Bool { self == .empty }

    /// The state after `edit`. `title` supplies the episode when a series is set without one
    /// (民法典与农民生活（下） → 3, 第十二讲 → 12).
    public func applying(_ edit: LibrarianEdit, title: String) -> LibrarianState {
        var topics = Set(edit.replaceTopics ? [] : self.topics)
        var rejected = Set(edit.replaceRejected ? [] : self.rejected)
        for topic in edit.confirmTopics {
            topics.insert(topic)
            rejected.remove(topic)
        }
        for topic in edit.rejectTopics {
            topics.remove(topic)
            rejected.insert(topic)
        }
        var tags = Set(edit.replaceTags ? [] : self.tags)
        tags.formUnion(edit.addTags)
        tags.subtract(edit.removeTags)

        let series = edit.series.applied(to: self.series)
        var episode: Int?
        switch (edit.series, edit.episode) {
        case (.clear, _):
            episode = nil
        case (_, .set(let number)):
            episode = number
        case (_, .clear):
            episode = nil
        case (.set(let name), .keep) where name != self.series || self.episode == nil:
            episode = Self.episode(inTitle: title)
        case (_, .keep):
            episode = self.episode
        }
        if series == nil { episode = nil }
        return LibrarianState(
            topics: Array(topics), rejected: Array(rejected), tags: Array(tags),
            audience: edit.audience.applied(to: audience), series: series, episode: episode)
    }

    static func episode(inTitle title: String) -> Int? {
        guard let marker = EpisodeMarker.parse(title: title) else { return nil }
        return marker.number ?? marker.part
    }
}
