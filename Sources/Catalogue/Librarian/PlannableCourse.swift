/// A resource as the month planner needs it: present, with a known duration, with its topics (confirmed
/// or only suggested), series position, audience and the months it is in season.
public struct PlannableCourse: Sendable, Hashable {
    public struct Topic: Sendable, Hashable {
        public var id: String
        /// Set or confirmed by a librarian; false for guide, rule and season suggestions.
        public var confirmed: Bool
    }

    public var id: Int64
    public var title: String
    public var path: String
    /// Seconds.
    public var duration: Double
    /// Confirmed topics first, then suggestions (guide, rule, season); never a rejected topic.
    public var topics: [Topic]
    /// The librarian's series; else the guide programme's series title and episode; else read from the
    /// title (党的二十大精神学习辅导（第二讲）→ that series, episode 2; （上）→ 1, （下）→ 3).
    public var series: String?
    public var episode: Int?
    public var audience: Audience?
    /// 1–12, sorted; empty when the seasonal calendar does not apply (timely in any month).
    public var months: [Int]
}
