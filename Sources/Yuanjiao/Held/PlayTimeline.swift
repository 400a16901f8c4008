/// A station-month's accepted plays, kept so that each new line is judged in logarithmic time (a repeat
/// of a stored line, or an overlap with one), which keeps `playlog import` linear in the lines of a log:
/// a log of a whole county's year is 100,000 lines.
struct PlayTimeline {
    /// Sorted by start; accepted plays never overlap one another, so their ends are sorted too.
    private var plays: [PlayMatcher.Play] = []
    private var keys = Set<Key>()

    private struct Key: Hashable {
        var start: LogTime
        var file: String
    }

    init(_ plays: [PlayMatcher.Play]) {
        for play in plays.sorted(by: { $0.start < $1.start }) { add(play) }
    }

    func contains(_ play: PlayMatcher.Play) -> Bool { keys.contains(Self.key(play)) }

    /// The accepted play that overlaps `play`, if any: among the plays starting before `play` ends, the
    /// last one has the latest end.
    func overlap(with play: PlayMatcher.Play) -> PlayMatcher.Play? {
        let index = firstIndex(startingAtOrAfter: play.end)
        guard index > 0 else { return nil }
        let candidate = plays[index - 1]
        return candidate.end > play.start && candidate.start < play.end ? candidate : nil
    }

    mutating func add(_ play: PlayMatcher.Play) {
        keys.insert(Self.key(play))
        // A log is written in time order: appending is the usual case.
        if let last = plays.last, last.start > play.start {
            plays.insert(play, at: firstIndex(startingAtOrAfter: play.start))
        } else {
            plays.append(play)
        }
    }

    private func firstIndex(startingAtOrAfter time: LogTime) -> Int {
        var low = 0, high = plays.count
        while low < high {
            let middle = (low + high) / 2
            if plays[middle].start < time { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func key(_ play: PlayMatcher.Play) -> Key { Key(start: play.start, file: play.file) }
}
