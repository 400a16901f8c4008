import Foundation

/// A `<programme>` as written, gathered while it is read; `build` resolves times and episodes.
struct ProgrammeDraft {
    static let attributeNames = XMLNames(["channel", "start", "stop", "clumpidx"])

    let line: Int
    let channel: String?
    let start: String?
    let stop: String?
    let clumpIndex: String?
    var titles: [LocalizedText] = []
    var subTitles: [LocalizedText] = []
    var descriptions: [LocalizedText] = []
    var categories: [LocalizedText] = []
    var keywords: [LocalizedText] = []
    var episodeNumbers: [EpisodeNumber] = []
    var length: (value: String, units: String?)?
    var date: String?
    var language: String?
    var isPremiere: Bool?

    init(line: Int, attributes: XMLAttributes) {
        self.line = line
        channel = attributes["channel"]?.trimmed
        start = attributes["start"]
        stop = attributes["stop"]
        clumpIndex = attributes["clumpidx"]
    }

    mutating func add(_ capture: XMLTVCapture) {
        switch capture.field {
        case .title: Self.append(capture, to: &titles)
        case .subTitle: Self.append(capture, to: &subTitles)
        case .description: Self.append(capture, to: &descriptions)
        case .category: Self.append(capture, to: &categories)
        case .keyword: Self.append(capture, to: &keywords)
        case .episodeNumber:
            if let value = capture.trimmedText {
                episodeNumbers.append(EpisodeNumber(system: capture.attributes["system"] ?? "onscreen", value: value))
            }
        case .length:
            if let value = capture.trimmedText { length = (value, capture.attributes["units"]) }
        case .date: date = date ?? capture.trimmedText
        case .language: language = language ?? capture.trimmedText
        case .premiere: isPremiere = true
        case .previouslyShown: isPremiere = isPremiere ?? false
        case .displayName: break
        }
    }

    private static func append(_ capture: XMLTVCapture, to texts: inout [LocalizedText]) {
        if let text = capture.localizedText { texts.append(text) }
    }

    /// What `build` made of the draft: a programme, or why it was skipped, plus notes worth a warning.
    struct Outcome {
        var programme: Programme?
        var skipReason: String?
        var notes: [String] = []
        /// The first time written without an offset, if any.
        var timeWithoutOffset: String?
        /// The stop was written with the start's date past midnight and was read as the next day.
        var stopMovedToNextDay = false
    }

    /// Longest programme believed: a longer span is a typo or a hostile guide.
    static let longestSpan: TimeInterval = 7 * 86_400
    /// Longest programme whose stop, written with the start's date, is read as the next day.
    static let longestPastMidnight: TimeInterval = 12 * 3600

    consuming func build(defaultZone: TimeZone, episodes: inout EpisodeCache) -> Outcome {
        func label(_ start: Date? = nil) -> String {
            ProgrammeLabel.describe(channel: channel, titles: titles, start: start, zone: defaultZone)
        }
        guard let channel, !channel.isEmpty else { return Outcome(skipReason: "\(label())没有写频道，已跳过") }
        guard let start else { return Outcome(skipReason: "\(label())没有开始时间，已跳过") }
        guard let startTime = XMLTVTime.parse(start, defaultZone: defaultZone) else {
            return Outcome(skipReason: "\(label())的开始时间“\(start)”无法识别（应如 20261201190000 +0800），已跳过")
        }
        guard XMLTVTime.plausibleYears.contains(startTime.year) else {
            return Outcome(skipReason: "\(label())的开始年份 \(startTime.year) 不在 1970–2100 之间，已跳过")
        }
        var outcome = Outcome()
        if !startTime.hasOffset { outcome.timeWithoutOffset = start }
        var programme = Programme(
            channel: channel, start: startTime.date, titles: titles, subTitles: subTitles,
            descriptions: descriptions, categories: categories, keywords: keywords, episodeNumbers: episodeNumbers,
            date: date, language: language, line: line)
        if let stop {
            guard let stopTime = XMLTVTime.parse(stop, defaultZone: defaultZone),
                XMLTVTime.plausibleYears.contains(stopTime.year)
            else {
                return Outcome(
                    skipReason: "\(label(startTime.date))的结束时间“\(stop)”无法识别（应如 20261201193000 +0800），已跳过")
            }
            var stopDate = stopTime.date
            // Zero length: a slot held open for a programme not yet known (「精彩节目」).
            if stopDate == startTime.date { programme.isPlaceholder = true }
            // Real feeds write a stop past midnight with the start's date: 23:58 → 00:10 means the next day.
            // Only a short programme is read so: 20:00 → 19:00 is a mistake, not a 23-hour broadcast.
            let nextDay = stopDate.addingTimeInterval(86_400)
            if stopDate <= startTime.date, nextDay > startTime.date,
                nextDay.timeIntervalSince(startTime.date) <= Self.longestPastMidnight
            {
                stopDate = stopDate.addingTimeInterval(86_400)
                outcome.stopMovedToNextDay = true
            }
            guard stopDate > startTime.date || programme.isPlaceholder else {
                return Outcome(skipReason: "\(label(startTime.date))的结束时间早于开始时间，已跳过")
            }
            guard stopDate.timeIntervalSince(startTime.date) <= Self.longestSpan else {
                let days = Int(stopDate.timeIntervalSince(startTime.date) / 86_400)
                return Outcome(skipReason: "\(label(startTime.date))长达 \(days) 天，超过 7 天，不像真实节目，已跳过")
            }
            if !stopTime.hasOffset, outcome.timeWithoutOffset == nil { outcome.timeWithoutOffset = stop }
            programme.stop = programme.isPlaceholder ? nil : stopDate
        }
        if let length {
            if let seconds = Self.seconds(length.value, units: length.units), seconds <= Self.longestSpan {
                programme.length = seconds
                if programme.stop == nil {
                    programme.stop = startTime.date.addingTimeInterval(seconds)
                    programme.stopIsInferred = true
                }
            } else {
                outcome.notes.append(
                    "\(label(startTime.date))的时长“\(length.value) \(length.units ?? "")”无法识别"
                        + "（单位应为 seconds、minutes 或 hours，且不超过 7 天），已忽略")
            }
        }
        if let clumpIndex, let clump = Self.clump(clumpIndex) {
            (programme.clumpIndex, programme.clumpCount) = clump
        }
        let episode = episodes.resolve(titles: titles, subTitles: subTitles, episodeNumbers: episodeNumbers)
        programme.season = episode.numbers.season
        programme.episode = episode.numbers.episode
        programme.episodeLast = episode.numbers.last
        programme.isPremiere = isPremiere
        programme.part = episode.numbers.part
        programme.seriesTitle = episode.seriesTitle
        outcome.programme = programme
        return outcome
    }

    /// `1/2` → (1, 2); nil unless 0 ≤ index < count ≤ 16.
    private static func clump(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "/").map { Int($0.trimmed) }
        guard parts.count == 2, let index = parts[0], let count = parts[1], (2...16).contains(count),
            (0..<count).contains(index)
        else { return nil }
        return (index, count)
    }

    static func seconds(_ value: String, units: String?) -> TimeInterval? {
        guard let number = Double(value), number > 0, number.isFinite else { return nil }
        switch units?.lowercased() {
        case "seconds": return number
        case "minutes": return number * 60
        case "hours": return number * 3600
        default: return nil
        }
    }
}
