import ChineseText

/// Guides repeat titles all day and all week (「新闻联播」, 「天气预报」, a series in its slot): reading the
/// episode out of a title is worked out once per distinct title, and out of a sub-title once per distinct
/// sub-title, not once per programme (it was 40 % of the parser's time on a 100 MB guide). Title and sub-title
/// are read apart: the synthetic 100 MB guide has 2,460 titles and 14 sub-titles but 32,600 pairs of them.
/// `<episode-num>` values repeat too (「第12集」, `0.11.`) and are read once each. Bounded, so memory stays flat
/// on any guide.
struct EpisodeCache {
    /// Hashed and compared by UTF-8 bytes: `String`'s own hashing and `==` normalise non-ASCII text
    /// (Unicode canonical equivalence), which cost more than the episode reading the cache spares.
    private struct Key: Hashable {
        var text: String?
        /// Tells `xmltv_ns` values from on-screen ones; false for titles.
        var isXMLTV = false

        func hash(into hasher: inout Hasher) {
            hasher.combine(isXMLTV)
            guard var text else { return hasher.combine(-1) }
            hasher.combine(text.utf8.count)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (left: Key, right: Key) -> Bool {
            guard left.isXMLTV == right.isXMLTV else { return false }
            guard var leftText = left.text, var rightText = right.text else { return left.text == nil && right.text == nil }
            guard leftText.utf8.count == rightText.utf8.count else { return false }
            return leftText.withUTF8 { leftBytes in rightText.withUTF8 { leftBytes.elementsEqual($0) } }
        }
    }

    /// What each title says, its sub-title marker left out.
    private var titles: [Key: EpisodeNumbering.TitleReading] = [:]
    private var subTitles: [Key: EpisodeMarker?] = [:]
    private var episodeNumbers: [Key: EpisodeNumbering.Numbers] = [:]
    // Real feeds have fewer distinct titles than the synthetic guide's 32,600 title and sub-title pairs.
    private let capacity = 65_536

    mutating func resolve(titles: [LocalizedText], subTitles: [LocalizedText], episodeNumbers: [EpisodeNumber])
        -> EpisodeNumbering.Resolved
    {
        // `<episode-num>` values vary per programme and are cheap to read; only the titles' reading is shared.
        var reading = titleReading(titles.preferred())
        reading.subTitleMarker = subTitleMarker(subTitles.preferred())
        return EpisodeNumbering.resolve(episodeNumbers: episodeNumbers, reading: reading) { numbers($0) }
    }

    private mutating func numbers(_ number: EpisodeNumber) -> EpisodeNumbering.Numbers {
        let key = Key(text: number.value, isXMLTV: number.system == "xmltv_ns")
        if let known = episodeNumbers[key] { return known }
        let fresh = EpisodeNumbering.read(number)
        if episodeNumbers.count >= capacity { episodeNumbers.removeAll(keepingCapacity: true) }
        episodeNumbers[key] = fresh
        return fresh
    }

    private mutating func titleReading(_ title: String?) -> EpisodeNumbering.TitleReading {
        let key = Key(text: title)
        if let known = titles[key] { return known }
        let fresh = EpisodeNumbering.TitleReading(title: title)
        if titles.count >= capacity { titles.removeAll(keepingCapacity: true) }
        titles[key] = fresh
        return fresh
    }

    private mutating func subTitleMarker(_ subTitle: String?) -> EpisodeMarker? {
        let key = Key(text: subTitle)
        if let known = subTitles[key] { return known }
        let fresh = EpisodeNumbering.TitleReading.marker(subTitle: subTitle)
        if subTitles.count >= capacity { subTitles.removeAll(keepingCapacity: true) }
        subTitles[key] = fresh
        return fresh
    }
}
