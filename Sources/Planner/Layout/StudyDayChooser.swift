/// Picks the month's concentrated study days: a fixed number of candidate days, at least `gap` days apart,
/// with the greatest total weight (days that hold a whole session, then non-school days), then as close as
/// possible to evenly spaced positions.
///
/// Dynamic programming over (days chosen, last day), O(count × candidates²): about 30 candidates a month.
enum StudyDayChooser {
    struct Candidate {
        /// Index into the month's days.
        let index: Int
        /// 0-based day of the month.
        let offset: Int
        /// Higher is better: `StudyDayChooser.weight(whole:nonSchool:)`.
        let weight: Int
    }

    /// A whole session outweighs any number of non-school days.
    static func weight(whole: Bool, nonSchool: Bool) -> Int { (whole ? 100 : 0) + (nonSchool ? 1 : 0) }

    private struct Score: Comparable {
        var weight: Int
        var deviation: Int

        static func < (a: Score, b: Score) -> Bool {
            a.weight != b.weight ? a.weight < b.weight : a.deviation > b.deviation
        }

        static func + (a: Score, b: Score) -> Score {
            Score(weight: a.weight + b.weight, deviation: a.deviation + b.deviation)
        }
    }

    /// Nil when `count` candidates `gap` days apart do not exist. Candidates must be sorted by day.
    static func choose(_ candidates: [Candidate], count: Int, gap: Int, monthLength: Int) -> [Candidate]? {
        guard count > 0 else { return [] }
        guard candidates.count >= count else { return nil }
        // Slot j's ideal position is (j + ½) × monthLength / count; scaled by 2 × count to stay integral.
        func score(_ c: Candidate, slot j: Int) -> Score {
            Score(weight: c.weight, deviation: abs(2 * count * c.offset - (2 * j + 1) * monthLength))
        }
        let k = candidates.count
        var best = [[Score?]](repeating: [Score?](repeating: nil, count: k), count: count)
        var previous = [[Int]](repeating: [Int](repeating: -1, count: k), count: count)
        for i in 0..<k { best[0][i] = score(candidates[i], slot: 0) }
        if count > 1 {
            for j in 1..<count {
                for i in 0..<k {
                    var chosen: (score: Score, from: Int)?
                    for p in 0..<i where candidates[i].offset - candidates[p].offset >= gap {
                        guard let before = best[j - 1][p] else { continue }
                        let total = before + score(candidates[i], slot: j)
                        if let current = chosen, !(current.score < total) { continue }
                        chosen = (total, p)
                    }
                    if let chosen {
                        best[j][i] = chosen.score
                        previous[j][i] = chosen.from
                    }
                }
            }
        }
        var last: (score: Score, index: Int)?
        for i in 0..<k {
            guard let s = best[count - 1][i] else { continue }
            if let current = last, !(current.score < s) { continue }
            last = (s, i)
        }
        guard var i = last?.index else { return nil }
        var picked: [Candidate] = []
        for j in stride(from: count - 1, through: 0, by: -1) {
            picked.append(candidates[i])
            i = previous[j][i]
        }
        return picked.reversed()
    }
}
