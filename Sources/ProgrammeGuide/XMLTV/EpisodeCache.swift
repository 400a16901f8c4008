/// Guides repeat titles all day and all week (「新闻联播」, 「天气预报」, a series in its slot): reading the
/// episode out of a title is worked out once per distinct title and sub-title, not once per programme (it was
/// 40 % of the parser's time on a 100 MB guide). Bounded, so memory stays flat on any guide.
struct EpisodeCache {
    private struct Key: Hashable {
        var title: String?
        var subTitle: String?
    }

    private var resolved: [Key: EpisodeNumbering.Resolved] = [:]
    // The synthetic 100 MB guide has 32,600 distinct title and sub-title pairs; a real 11 MB feed about half that.
    private let capacity = 65_536

    mutating func resolve(titles: [LocalizedText], subTitles: [LocalizedText], episodeNumbers: [EpisodeNumber])
        -> EpisodeNumbering.Resolved
    {
        // `<episode-num>` values vary per programme; only the titles' reading is shared.
        guard episodeNumbers.isEmpty else {
            return EpisodeNumbering.resolve(titles: titles, subTitles: subTitles, episodeNumbers: episodeNumbers)
        }
        let key = Key(title: titles.preferred(), subTitle: subTitles.preferred())
        if let known = resolved[key] { return known }
        let fresh = EpisodeNumbering.resolve(titles: titles, subTitles: subTitles, episodeNumbers: [])
        if resolved.count >= capacity { resolved.removeAll(keepingCapacity: true) }
        resolved[key] = fresh
        return fresh
    }
}
