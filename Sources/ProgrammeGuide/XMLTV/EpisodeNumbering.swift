import ChineseText

/// Works out season, episode and part from `<episode-num>` and from Chinese markers in titles.
/// Sources in order of trust: `xmltv_ns`, `onscreen`, the title's marker, the sub-title's marker.
enum EpisodeNumbering {
    struct Numbers: Equatable {
        var season: Int?
        var episode: Int?
        var part: Int?
        /// The last episode of a range; set only together with `episode`.
        var last: Int?

        mutating func fill(from other: Numbers) {
            season = season ?? other.season
            if episode == nil, let number = other.episode { (episode, last) = (number, other.last) }
            part = part ?? other.part
        }
    }

    struct Resolved: Equatable {
        var numbers: Numbers
        var seriesTitle: String?
    }

    /// What the title and sub-title alone say, the same for every airing of them: worked out once per
    /// distinct pair (`EpisodeCache`), whatever `<episode-num>`s each airing adds.
    struct TitleReading {
        /// The title without a slot's name: 「民生剧场:我是刑警9」 → 「我是刑警9」.
        var title: String?
        var titleMarker: EpisodeMarker?
        var subTitleMarker: EpisodeMarker?
        /// The episode a number behind a slot gives, when the title has no marker.
        var slotEpisode: (episode: Int, seriesTitle: String)?

        init(titles: [LocalizedText], subTitles: [LocalizedText]) {
            self.init(title: titles.preferred())
            subTitleMarker = Self.marker(subTitle: subTitles.preferred())
        }

        /// What the title alone says; `subTitleMarker` is left for the caller (the two are read apart, so a
        /// title is read once however many sub-titles it airs with).
        init(title written: String?) {
            // 「民生剧场:我是刑警9」: the slot's name goes, the programme's own title is what carries the episode.
            let slot = written.map(SlotTitle.init)
            title = slot?.programme
            titleMarker = title.flatMap { EpisodeMarker.parse(title: $0) }
            slotEpisode = titleMarker == nil ? slot?.trailingEpisode : nil
        }

        static func marker(subTitle: String?) -> EpisodeMarker? {
            subTitle.flatMap { EpisodeMarker.parse(title: $0) }
        }
    }

    static func resolve(titles: [LocalizedText], subTitles: [LocalizedText], episodeNumbers: [EpisodeNumber])
        -> Resolved
    {
        resolve(episodeNumbers: episodeNumbers, reading: TitleReading(titles: titles, subTitles: subTitles))
    }

    static func resolve(episodeNumbers: [EpisodeNumber], reading: TitleReading) -> Resolved {
        resolve(episodeNumbers: episodeNumbers, reading: reading, reader: read)
    }

    /// One `<episode-num>` alone: `xmltv_ns`, else what a viewer sees.
    static func read(_ number: EpisodeNumber) -> Numbers {
        number.system == "xmltv_ns" ? xmltvNS(number.value) : onscreen(number.value)
    }

    /// `reader` reads one `<episode-num>` as `read` does (a cache may stand in for it).
    static func resolve(
        episodeNumbers: [EpisodeNumber], reading: TitleReading, reader: (EpisodeNumber) -> Numbers
    ) -> Resolved {
        resolve(readings: episodeNumbers.map { ($0.system == "xmltv_ns", reader($0)) }, reading: reading)
    }

    /// What one `<episode-num>` says, and whether it is `xmltv_ns` (trusted first).
    typealias Reading = (isXMLTV: Bool, numbers: Numbers)

    /// What each `<episode-num>` says, in document order.
    static func resolve(readings: [Reading], reading: TitleReading) -> Resolved {
        var numbers = Numbers()
        for read in readings where read.isXMLTV { numbers.fill(from: read.numbers) }
        for read in readings where !read.isXMLTV { numbers.fill(from: read.numbers) }
        // The title's marker before the sub-title's, without an array of the two per programme.
        func fill(_ marker: EpisodeMarker?) {
            guard let marker else { return }
            numbers.fill(
                from: Numbers(season: marker.season, episode: marker.number, part: marker.part, last: marker.lastNumber))
        }
        fill(reading.titleMarker)
        fill(reading.subTitleMarker)
        var slotSeries: String?
        if numbers.episode == nil, let trailing = reading.slotEpisode {
            numbers.episode = trailing.episode
            slotSeries = trailing.seriesTitle
        }
        guard numbers.episode != nil || numbers.part != nil || numbers.season != nil else {
            return Resolved(numbers: numbers)
        }
        let series = reading.titleMarker.map(\.seriesTitle).flatMap { $0.isEmpty ? nil : $0 } ?? slotSeries ?? reading.title
        return Resolved(numbers: numbers, seriesTitle: series)
    }

    /// `season.episode.part`, each zero-based and optionally `n/total`, any part may be empty:
    /// `0.11.0/1` → season 1, episode 12, part 1.
    static func xmltvNS(_ value: String) -> Numbers {
        let fields = value.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        func number(_ index: Int) -> Int? {
            guard index < fields.count else { return nil }
            let count = fields[index].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first
            guard let text = count?.trimmed, let zeroBased = Int(text), zeroBased >= 0
            else { return nil }
            return zeroBased + 1
        }
        return Numbers(season: number(0), episode: number(1), part: number(2))
    }

    /// `2026-44`, `2026/44`, `2026.44`: issue 44 of the year 2026, not episode 2026. By hand, not with a
    /// Regex: this runs for every on-screen number of a guide.
    static func yearIssue(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 6, scalars.count <= 9, scalars[4] == "-" || scalars[4] == "/" || scalars[4] == ".",
            let year = Int(String(String.UnicodeScalarView(scalars[..<4]))), (1900...2100).contains(year),
            let issue = Int(String(String.UnicodeScalarView(scalars[5...]))), issue > 0
        else { return nil }
        return issue
    }

    /// What a viewer sees: `S01E12`, `E12`, `Ep. 12`, `Part 2`, `12`, `第12集`, `第十二讲（下）`, `十二`.
    static func onscreen(_ value: String) -> Numbers {
        let text = value.trimmed
        if let marker = EpisodeMarker.parse(title: text), marker.number != nil || marker.part != nil {
            return Numbers(season: marker.season, episode: marker.number, part: marker.part, last: marker.lastNumber)
        }
        if let issue = yearIssue(text) { return Numbers(episode: issue) }
        var numbers = Numbers()
        var label = ""
        var digits = ""
        var sawLabel = false
        func settle() {
            guard let value = Int(digits) else { return }
            switch label {
            case "S", "SE", "SEASON", "SERIES": numbers.season = numbers.season ?? value
            case "P", "PT", "PART": numbers.part = numbers.part ?? value
            case "", "E", "EP", "EPISODE", "#", "NO": numbers.episode = numbers.episode ?? value
            default: break
            }
            digits = ""
        }
        for character in text.uppercased() {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character.isASCII, character.isLetter || character == "#" {
                if !digits.isEmpty { settle(); label = "" }
                label.append(character)
                sawLabel = true
            } else {
                if !digits.isEmpty { settle(); label = "" }
            }
        }
        if !digits.isEmpty { settle() }
        if numbers == Numbers(), !sawLabel, let value = ChineseNumeral.value(of: text), value > 0 {
            numbers.episode = value
        }
        return numbers
    }
}
