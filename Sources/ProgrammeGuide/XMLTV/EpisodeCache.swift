/// Guides repeat titles all day and all week (「新闻联播」, 「天气预报」, a series in its slot): reading the
/// episode out of a title is worked out once per distinct title and sub-title, not once per programme (it was
/// 40 % of the parser's time on a 100 MB guide). Bounded, so memory stays flat on any guide.
struct EpisodeCache {
    /// Hashed and compared by UTF-8 bytes: `String`'s own hashing and `==` normalise non-ASCII text
    /// (Unicode canonical equivalence), which cost more than the episode reading the cache spares.
    private struct Key: Hashable {
        var title: String?
        var subTitle: String?

        func hash(into hasher: inout Hasher) {
            Self.combine(title, into: &hasher)
            Self.combine(subTitle, into: &hasher)
        }

        static func == (left: Key, right: Key) -> Bool {
            sameBytes(left.title, right.title) && sameBytes(left.subTitle, right.subTitle)
        }

        private static func combine(_ text: String?, into hasher: inout Hasher) {
            guard var text else { return hasher.combine(-1) }
            hasher.combine(text.utf8.count)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        private static func sameBytes(_ left: String?, _ right: String?) -> Bool {
            guard var left, var right else { return left == nil && right == nil }
            guard left.utf8.count == right.utf8.count else { return false }
            return left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.elementsEqual($0) } }
        }
    }

    private var readings: [Key: EpisodeNumbering.TitleReading] = [:]
    // The synthetic 100 MB guide has 32,600 distinct title and sub-title pairs; a real 11 MB feed about half that.
    private let capacity = 65_536

    mutating func resolve(titles: [LocalizedText], subTitles: [LocalizedText], episodeNumbers: [EpisodeNumber])
        -> EpisodeNumbering.Resolved
    {
        // `<episode-num>` values vary per programme and are cheap to read; only the titles' reading is shared.
        let key = Key(title: titles.preferred(), subTitle: subTitles.preferred())
        if let known = readings[key] { return EpisodeNumbering.resolve(episodeNumbers: episodeNumbers, reading: known) }
        let fresh = EpisodeNumbering.TitleReading(titles: titles, subTitles: subTitles)
        if readings.count >= capacity { readings.removeAll(keepingCapacity: true) }
        readings[key] = fresh
        return EpisodeNumbering.resolve(episodeNumbers: episodeNumbers, reading: fresh)
    }
}
