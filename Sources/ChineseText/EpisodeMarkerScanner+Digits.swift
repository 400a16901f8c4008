/// Episode markers written with Latin letters and digits, as real Chinese guides write them:
/// `S04E34`, `六姊妹10/38`, `山海情 12：回家`.
extension EpisodeMarkerScanner {
    /// `S04E34` (any case), not inside a word: season 4, episode 34.
    func seasonEpisode(at start: Int) -> Found? {
        guard scalars[start] == "S" || scalars[start] == "s", !isLatinLetter(before: start) else { return nil }
        let seasonEnd = digitRun(from: start + 1)
        guard seasonEnd > start + 1, seasonEnd < scalars.count, scalars[seasonEnd] == "E" || scalars[seasonEnd] == "e"
        else { return nil }
        let episodeEnd = digitRun(from: seasonEnd + 1)
        guard episodeEnd > seasonEnd + 1, let season = Int(text(start + 1..<seasonEnd)),
            let episode = Int(text(seasonEnd + 1..<episodeEnd))
        else { return nil }
        return Found(range: start..<episodeEnd, number: episode, season: season)
    }

    /// `10/38` at the end of a title: episode 10 of 38.
    func numberOfTotal(at start: Int) -> Found? {
        guard isDigit(start), !isDigit(start - 1) else { return nil }
        let end = digitRun(from: start)
        guard let number = Int(text(start..<end)), let totalEnd = totalAfter(end, first: number), isAtEnd(totalEnd)
        else { return nil }
        return Found(range: start..<totalEnd, number: number)
    }

    /// `/38` after a first number no larger than it; where it ends.
    func totalAfter(_ index: Int, first: Int) -> Int? {
        guard index < scalars.count, scalars[index] == "/" || scalars[index] == "／" else { return nil }
        let end = digitRun(from: index + 1)
        guard end > index + 1, let total = Int(text(index + 1..<end)), total >= first, first > 0 else { return nil }
        return end
    }

    /// `12：` before a subtitle: `山海情 12：回家`. Not a time (19:30) and not a year.
    func numberBeforeColon(at start: Int) -> Found? {
        guard isDigit(start), !isDigit(start - 1), start > 0, scalars[start - 1] != ":" else { return nil }
        let end = digitRun(from: start)
        guard end - start <= 3, end < scalars.count, scalars[end] == ":" || scalars[end] == "：", !isDigit(end + 1),
            let number = Int(text(start..<end)), number > 0
        else { return nil }
        return Found(range: start..<end + 1, number: number)
    }

    private func digitRun(from start: Int) -> Int {
        var end = start
        while isDigit(end) { end += 1 }
        return end
    }

    private func isDigit(_ index: Int) -> Bool {
        index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
    }

    private func isLatinLetter(before index: Int) -> Bool {
        guard index > 0 else { return false }
        let scalar = scalars[index - 1]
        return scalar.isASCII && scalar.properties.isAlphabetic
    }
}
