import ChineseText

/// Guides repeat titles all day and all week (「新闻联播」, 「天气预报」, a series in its slot): reading the
/// episode out of a title is worked out once per distinct title, and out of a sub-title once per distinct
/// sub-title, not once per programme (it was 40 % of the parser's time on a 100 MB guide). Title and sub-title
/// are read apart: the synthetic 100 MB guide has 2,460 titles and 14 sub-titles but 32,600 pairs of them.
/// `<episode-num>` values repeat too (「第12集」, `0.11.`) and are read once each. Keyed by UTF-8 bytes
/// (`ByteKey`), so the import's flat path looks texts up as parsed and makes a `String` only for a new one.
/// Bounded, so memory stays flat on any guide.
struct EpisodeCache {
    /// What each title says, its sub-title marker left out.
    private var titles: [ByteKey: EpisodeNumbering.TitleReading] = [:]
    private var subTitles: [ByteKey: EpisodeMarker?] = [:]
    private var episodeNumbers: [ByteKey: EpisodeNumbering.Numbers] = [:]
    // Real feeds have fewer distinct titles than the synthetic guide's 32,600 title and sub-title pairs.
    private let capacity = 65_536

    mutating func resolve(titles: [LocalizedText], subTitles: [LocalizedText], episodeNumbers: [EpisodeNumber])
        -> EpisodeNumbering.Resolved
    {
        // `<episode-num>` values vary per programme and are cheap to read; only the titles' reading is shared.
        let (title, subTitle) = (titles.preferred(), subTitles.preferred())
        var reading = titleReading(ByteKey(title)) { title }
        reading.subTitleMarker = subTitleMarker(ByteKey(subTitle)) { subTitle }
        return EpisodeNumbering.resolve(episodeNumbers: episodeNumbers, reading: reading) { numbers($0) }
    }

    /// What a title and a sub-title given as bytes say (nil: none).
    mutating func reading(title: UnsafeBufferPointer<UInt8>?, subTitle: UnsafeBufferPointer<UInt8>?)
        -> EpisodeNumbering.TitleReading
    {
        var reading = titleReading(ByteKey(borrowing: title)) { title.map { String(decoding: $0, as: UTF8.self) } }
        reading.subTitleMarker = subTitleMarker(ByteKey(borrowing: subTitle)) {
            subTitle.map { String(decoding: $0, as: UTF8.self) }
        }
        return reading
    }

    /// One `<episode-num>` whose value is given as bytes. Any system but `xmltv_ns` reads as on-screen.
    mutating func numbers(isXMLTV: Bool, value: UnsafeBufferPointer<UInt8>) -> EpisodeNumbering.Numbers {
        if let known = episodeNumbers[ByteKey(borrowing: value, kind: isXMLTV ? 1 : 0)] { return known }
        let system = isXMLTV ? "xmltv_ns" : "onscreen"
        return remember(EpisodeNumber(system: system, value: String(decoding: value, as: UTF8.self)))
    }

    private mutating func numbers(_ number: EpisodeNumber) -> EpisodeNumbering.Numbers {
        if let known = episodeNumbers[Self.key(number)] { return known }
        return remember(number)
    }

    private static func key(_ number: EpisodeNumber) -> ByteKey {
        ByteKey(number.value, kind: number.system == "xmltv_ns" ? 1 : 0)
    }

    private mutating func remember(_ number: EpisodeNumber) -> EpisodeNumbering.Numbers {
        let fresh = EpisodeNumbering.read(number)
        if episodeNumbers.count >= capacity { episodeNumbers.removeAll(keepingCapacity: true) }
        episodeNumbers[Self.key(number)] = fresh
        return fresh
    }

    private mutating func titleReading(_ key: ByteKey, _ text: () -> String?) -> EpisodeNumbering.TitleReading {
        if let known = titles[key] { return known }
        let title = text()
        let fresh = EpisodeNumbering.TitleReading(title: title)
        if titles.count >= capacity { titles.removeAll(keepingCapacity: true) }
        titles[ByteKey(title)] = fresh
        return fresh
    }

    private mutating func subTitleMarker(_ key: ByteKey, _ text: () -> String?) -> EpisodeMarker? {
        if let known = subTitles[key] { return known }
        let subTitle = text()
        let fresh = EpisodeNumbering.TitleReading.marker(subTitle: subTitle)
        if subTitles.count >= capacity { subTitles.removeAll(keepingCapacity: true) }
        subTitles[ByteKey(subTitle)] = fresh
        return fresh
    }
}
