public import Foundation

/// An XMLTV `<programme>`, with its times resolved and its episode worked out.
public struct Programme: Sendable, Hashable, Codable {
    /// The `channel` attribute: a `Channel.id`.
    public var channel: String
    public var start: Date
    /// The `stop` attribute; else `start + length`; else the next programme's start on the same channel
    /// (`stopIsInferred` tells these apart). nil for the last programme of a channel without stop or length.
    public var stop: Date?
    public var stopIsInferred: Bool
    public var titles: [LocalizedText]
    public var subTitles: [LocalizedText]
    public var descriptions: [LocalizedText]
    public var categories: [LocalizedText]
    public var keywords: [LocalizedText]
    public var episodeNumbers: [EpisodeNumber]
    /// Season, episode and part, counted from 1 (xmltv_ns counts from 0; this does not).
    public var season: Int?
    public var episode: Int?
    public var part: Int?
    /// The series this programme is an episode of: the title without its episode marker
    /// (`水稻种植技术（第三集）` → `水稻种植技术`). nil when the programme has no episode number or part.
    public var seriesTitle: String?
    /// `<length>` in seconds.
    public var length: TimeInterval?
    /// `<date>` as written (`2026`, `20261201`).
    public var date: String?
    /// `<language>` as written.
    public var language: String?
    /// The last episode of a range (`第1-4集`, `(13-15)`); `episode` holds the first.
    public var episodeLast: Int?
    /// Zero-length (stop equal to start): a placeholder that gives way to a real programme in the same slot.
    public var isPlaceholder = false
    /// `clumpidx="1/2"`: this is part 1 (from 0) of 2 programmes sharing one slot.
    public var clumpIndex: Int?
    public var clumpCount: Int?
    /// `<premiere>`: true; `<previously-shown>`: false (a rerun); nil when the guide says neither.
    public var isPremiere: Bool?
    /// The guide's `<tv date>`: how new the guide is, for choosing between clashing entries.
    public var guideDate: Date?
    /// Line of `<programme>` in the guide, for messages.
    public var line: Int

    public init(
        channel: String, start: Date, stop: Date? = nil, stopIsInferred: Bool = false,
        titles: [LocalizedText] = [], subTitles: [LocalizedText] = [], descriptions: [LocalizedText] = [],
        categories: [LocalizedText] = [], keywords: [LocalizedText] = [], episodeNumbers: [EpisodeNumber] = [],
        season: Int? = nil, episode: Int? = nil, part: Int? = nil, seriesTitle: String? = nil,
        length: TimeInterval? = nil, date: String? = nil, language: String? = nil, line: Int = 0
    ) {
        self.channel = channel
        self.start = start
        self.stop = stop
        self.stopIsInferred = stopIsInferred
        self.titles = titles
        self.subTitles = subTitles
        self.descriptions = descriptions
        self.categories = categories
        self.keywords = keywords
        self.episodeNumbers = episodeNumbers
        self.season = season
        self.episode = episode
        self.part = part
        self.seriesTitle = seriesTitle
        self.length = length
        self.date = date
        self.language = language
        self.line = line
    }

    /// `stop - start`, when the stop is known.
    public var duration: TimeInterval? {
        stop.map { $0.timeIntervalSince(start) }
    }
}
