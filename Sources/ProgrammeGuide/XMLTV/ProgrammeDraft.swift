import Foundation

/// A `<programme>` as written, gathered while it is read; `build` resolves times and episodes.
struct ProgrammeDraft {
    let line: Int
    let channel: String?
    let start: String?
    let stop: String?
    var titles: [LocalizedText] = []
    var subTitles: [LocalizedText] = []
    var descriptions: [LocalizedText] = []
    var categories: [LocalizedText] = []
    var keywords: [LocalizedText] = []
    var episodeNumbers: [EpisodeNumber] = []
    var length: (value: String, units: String?)?
    var date: String?
    var language: String?

    init(line: Int, attributes: XMLAttributes) {
        self.line = line
        channel = attributes["channel"]?.trimmed
        start = attributes["start"]
        stop = attributes["stop"]
    }

    mutating func add(_ capture: XMLTVCapture) {
        switch capture.field {
        case .title: titles.append(contentsOf: capture.localizedText.map { [$0] } ?? [])
        case .subTitle: subTitles.append(contentsOf: capture.localizedText.map { [$0] } ?? [])
        case .description: descriptions.append(contentsOf: capture.localizedText.map { [$0] } ?? [])
        case .category: categories.append(contentsOf: capture.localizedText.map { [$0] } ?? [])
        case .keyword: keywords.append(contentsOf: capture.localizedText.map { [$0] } ?? [])
        case .episodeNumber:
            if let value = capture.trimmedText {
                episodeNumbers.append(EpisodeNumber(system: capture.attributes["system"] ?? "onscreen", value: value))
            }
        case .length:
            if let value = capture.trimmedText { length = (value, capture.attributes["units"]) }
        case .date: date = date ?? capture.trimmedText
        case .language: language = language ?? capture.trimmedText
        case .displayName: break
        }
    }

    /// What `build` made of the draft: a programme, or why it was skipped, plus notes worth a warning.
    struct Outcome {
        var programme: Programme?
        var skipReason: String?
        var notes: [String] = []
        /// The first time written without an offset, if any.
        var timeWithoutOffset: String?
    }

    func build(defaultZone: TimeZone) -> Outcome {
        guard let channel, !channel.isEmpty else { return Outcome(skipReason: "<programme> 缺少 channel 属性，已跳过") }
        guard let start else { return Outcome(skipReason: "<programme> 缺少 start 属性，已跳过") }
        guard let startTime = XMLTVTime.parse(start, defaultZone: defaultZone) else {
            return Outcome(skipReason: "<programme> 的 start 时间“\(start)”无法识别（应为 YYYYMMDDhhmmss ±hhmm），已跳过")
        }
        var outcome = Outcome()
        if !startTime.hasOffset { outcome.timeWithoutOffset = start }
        var programme = Programme(
            channel: channel, start: startTime.date, titles: titles, subTitles: subTitles,
            descriptions: descriptions, categories: categories, keywords: keywords, episodeNumbers: episodeNumbers,
            date: date, language: language, line: line)
        if let stop {
            guard let stopTime = XMLTVTime.parse(stop, defaultZone: defaultZone) else {
                return Outcome(skipReason: "<programme> 的 stop 时间“\(stop)”无法识别（应为 YYYYMMDDhhmmss ±hhmm），已跳过")
            }
            guard stopTime.date > startTime.date else {
                return Outcome(skipReason: "<programme> 的结束时间 stop（\(stop)）不晚于开始时间 start（\(start)），已跳过")
            }
            if !stopTime.hasOffset, outcome.timeWithoutOffset == nil { outcome.timeWithoutOffset = stop }
            programme.stop = stopTime.date
        }
        if let length {
            if let seconds = Self.seconds(length.value, units: length.units) {
                programme.length = seconds
                if programme.stop == nil {
                    programme.stop = startTime.date.addingTimeInterval(seconds)
                    programme.stopIsInferred = true
                }
            } else {
                outcome.notes.append(
                    "<length units=\"\(length.units ?? "")\">\(length.value)</length> 无法识别"
                        + "（units 应为 seconds、minutes 或 hours），已忽略")
            }
        }
        let episode = EpisodeNumbering.resolve(titles: titles, subTitles: subTitles, episodeNumbers: episodeNumbers)
        programme.season = episode.numbers.season
        programme.episode = episode.numbers.episode
        programme.part = episode.numbers.part
        programme.seriesTitle = episode.seriesTitle
        outcome.programme = programme
        return outcome
    }

    private static func seconds(_ value: String, units: String?) -> TimeInterval? {
        guard let number = Double(value), number > 0, number.isFinite else { return nil }
        switch units?.lowercased() {
        case "seconds": return number
        case "minutes": return number * 60
        case "hours": return number * 3600
        default: return nil
        }
    }
}
