/// A catalogue resource as the planner sees it.
public struct Course: Sendable, Hashable {
    /// The catalogue's resource id.
    public var id: Int64
    public var title: String
    public var durationSeconds: Int
    public var topics: [CourseTopic]
    public var series: SeriesPosition?
    /// e.g. `children`, `adults`; nil means everyone.
    public var audience: String?
    /// Months (1–12) in which the course is in season (agricultural calendar); empty means any month.
    public var seasonalMonths: [Int]
    /// Where the station finds the file (as the catalogue stores it).
    public var path: String

    public init(
        id: Int64, title: String, durationSeconds: Int, topics: [CourseTopic], series: SeriesPosition? = nil,
        audience: String? = nil, seasonalMonths: [Int] = [], path: String
    ) {
        self.id = id
        self.title = title
        self.durationSeconds = durationSeconds
        self.topics = topics
        self.series = series
        self.audience = audience
        self.seasonalMonths = seasonalMonths
        self.path = path
    }
}

/// A topic on a course; `confirmed` when a librarian set or approved it, false when only suggested
/// (guide category, keyword rule, season).
public struct CourseTopic: Sendable, Hashable {
    public var id: String
    public var confirmed: Bool

    public init(id: String, confirmed: Bool) {
        self.id = id
        self.confirmed = confirmed
    }
}

/// A course's place in a series: `民法典与农民生活`, episode 2.
public struct SeriesPosition: Sendable, Hashable {
    public var title: String
    public var episode: Int

    public init(title: String, episode: Int) {
        self.title = title
        self.episode = episode
    }
}
