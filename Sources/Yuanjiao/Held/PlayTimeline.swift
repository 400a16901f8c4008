/// A station-month's accepted plays, kept so that each new line is judged in logarithmic time (a repeat
/// of a stored line, or an overlap with one), which keeps `playlog import` linear in the lines of a log:
/// a log of a whole county's year is 100,000 lines.
///
/// Plays stored earlier may overlap one another (imported before the overlap rule, or written by an older
/// version): so the check never assumes that ends are sorted like starts. `reach[i]` is the latest end
/// among `plays[0...i]`, which is sorted whatever the plays are, and finds the overlapping play by
/// binary search.
struct PlayTimeline {
    /// Sorted by start.
    private var plays: [PlayMatcher.Play] = []
    /// `reach[i]`: the latest end among `plays[0...i]`.
    private var reach: [LogTime] = []
    private var keys = Set<Key>()

    private struct Key: Hashable {
        var start: LogTime
        var file: String
    }

    init(_ plays: [PlayMatcher.Play]) {
        for play in plays.sorted(by: { $0.start < $1.start }) { add(play) }
    }

    func contains(_ play: PlayMatcher.Play) -> Bool { keys.contains(Self.key(play)) }

    /// An accepted play that overlaps `play` (shares more than an instant with it), if any: among the
    /// plays starting before `play` ends, the first whose reach passes `play`'s start ends after it.
    func overlap(with play: PlayMatcher.Play) -> PlayMatcher.Play? {
        let count = firstIndex(startingAtOrAfter: play.end)
        guard count > 0, reach[count - 1] > play.start else { return nil }
        var low = 0, high = count - 1
        while low < high {
            let middle = (low + high) / 2
            if reach[middle] > play.start { high = middle } else { low = middle + 1 }
        }
        return plays[low]
    }

    mutating func add(_ play: PlayMatcher.Play) {
        keys.insert(Self.key(play))
        // A log is written in time order: appending is the usual case.
        if let last = plays.last, last.start > play.start {
            let index = firstIndex(startingAtOrAfter: play.start)
            plays.insert(play, at: index)
            reach.insert(play.end, at: index)
            for position in index..<reach.count {
                let before = position > 0 ? reach[position - 1] : plays[position].end
                reach[position] = max(before, plays[position].end)
            }
        } else {
            plays.append(play)
            reach.append(max(reach.last ?? play.end, play.end))
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
