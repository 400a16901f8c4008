/// Why a course is in a session, as facts the planner can show; `"reason"` of an item in `plan --json`, worded
/// in Chinese once (`ItemReason.chinese`) into the item's `why`.
///
/// JSON: `{"topic":S,"quotaMinutes":N,"usedMinutes":N,"borrowed":B,"season":S,"seasonMonths":[N],"series":{…},
/// "unconfirmedTopic":B}`; `season` and `series` (and a series' `previousEpisode`, `previousDate`) are absent when
/// there is none.
public struct ItemReason: Sendable, Hashable, Codable {
    /// A season claim, made only when it is true of the catalogue when the month was planned.
    public enum Season: String, Sendable, Hashable, Codable {
        /// The course's months include the planned month.
        case inSeason = "in-season"
        /// Out of season, and no in-season course of the topic was left for this station.
        case outOfSeasonNoneLeft = "out-of-season-none-left"
        /// Out of season although in-season courses of the topic were left: they did not fit the time left,
        /// or their topic was not confirmed by a librarian.
        case outOfSeasonOthersLeft = "out-of-season-others-left"
    }

    /// Where a series stands with this episode.
    public struct Series: Sendable, Hashable, Codable {
        public var title: String
        public var episode: Int
        /// The episode shown before (nil: the series starts here).
        public var previousEpisode: Int?
        public var previousDate: LocalDate?
        public var previousInMonth: Bool
        /// The whole series was shown long enough ago to start again.
        public var restarted: Bool
        /// Episodes between the previous one and this one that the catalogue does not hold…
        public var missing: [Int]
        /// …and those it holds that cannot be shown here (already seen, or not for this station).
        public var skipped: [Int]
    }

    /// The topic whose quota the item counts toward (one the catalogue gives the course).
    public var topic: String
    public var quotaMinutes: Int
    /// The topic's minutes up to and including this item, in play order over the month.
    public var usedMinutes: Int
    /// The topic's quota was full: the item fills time no other topic had a course for.
    public var borrowed: Bool
    public var season: Season?
    public var seasonMonths: [Int]
    public var series: Series?
    /// The course's topic is a suggestion no librarian confirmed.
    public var unconfirmedTopic: Bool
}
