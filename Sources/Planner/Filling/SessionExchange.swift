/// The best exchange for one session between its items and the unused courses: up to two items out, up to two
/// courses in, where they fit. It is the move the balance pass makes; it covers a swap, an addition into idle
/// time, one long course out for two short ones, two out for one, and re-packing the session's last two places.
///
/// Scored on the deficit sum `shortfall = Σ max(0, quota − used)` over the topics: since the quotas add up to the
/// month's study time, idle minutes + topic deviation = 2 × shortfall, so lowering the shortfall lowers the
/// objective `yuanjiao-bench optimum` measures, and it cannot be lowered by trading one topic's deviation for
/// idle time. Between moves of equal gain the one that fills more of the session wins.
///
/// Pure and cheap: candidates are per topic, sorted by length, and a pair of topics is searched with two
/// pointers, so a session costs (removal sets) × (topic pairs) × (candidates per topic).
struct SessionExchange {
    /// An unused course that may come in, under the topic whose list it was found in.
    struct Candidate {
        let course: Int32
        let seconds: Int
    }

    /// An item of the session: its length, its topic's index, and whether it may go out (series episodes stay).
    struct Item {
        let seconds: Int
        let topic: Int
        let movable: Bool
    }

    /// What to do: items (indices into the session) out, courses (with their topic) in.
    struct Move {
        var removed: [Int]
        var added: [(course: Int32, topic: Int)]
        /// Shortfall seconds saved, then session seconds filled.
        var gain: Int
        var fill: Int

    }

    /// Removal sets tried per session: items beyond this many (the session's first) stay put, so a session of
    /// many short items costs no more than one of eight.
    static let movableItems = 8

    /// Per topic, the candidates sorted by length (shortest first; equal lengths best rank last, so the longest
    /// that fits is also the best ranked of its length).
    let candidates: [[Candidate]]

    /// The best improving move for a session with `free` idle seconds, or nil when none lowers the shortfall or,
    /// at equal shortfall, fills more. `deficit[t]` is topic t's quota minus its used seconds.
    func best(items: [Item], free: Int, deficit: [Int]) -> Move? {
        var deficit = deficit
        let before = deficit.reduce(0) { $0 + max(0, $1) }
        guard before > 0 else { return nil }
        var best: Move?
        var bar = (gain: 0, fill: 0)
        func consider(gain: Int, fill: Int, _ removed: [Int], _ added: () -> [(course: Int32, topic: Int)]) {
            guard (gain, fill) > bar else { return }
            bar = (gain, fill)
            best = Move(removed: removed, added: added(), gain: gain, fill: fill)
        }
        var movable: [Int] = []
        for i in items.indices where items[i].movable && movable.count < Self.movableItems { movable.append(i) }
        func search(_ removed: [Int]) {
            let outSeconds = removed.reduce(0) { $0 + items[$1].seconds }
            for i in removed { deficit[items[i].topic] += items[i].seconds }
            defer { for i in removed { deficit[items[i].topic] -= items[i].seconds } }
            let open = deficit.reduce(0) { $0 + max(0, $1) }
            // What the removal costs before anything comes in; the most any addition can give back is bounded
            // by the time there is and by the shortfall that is open.
            let loss = open - before
            let budget = free + outSeconds
            guard (-loss + min(budget, open), free) > bar else { return }
            for a in candidates.indices where !candidates[a].isEmpty {
                if let one = longest(in: candidates[a], upTo: budget) {
                    let gain = -loss + saved(deficit[a], one.seconds)
                    consider(gain: gain, fill: one.seconds - outSeconds, removed) { [(one.course, a)] }
                }
                for b in a..<candidates.count where deficit[a] > 0 || deficit[b] > 0 {
                    guard let pair = bestPair(a, b, budget: budget, deficit: deficit) else { continue }
                    consider(gain: -loss + pair.gain, fill: pair.seconds - outSeconds, removed) {
                        [(candidates[a][pair.first].course, a), (candidates[b][pair.second].course, b)]
                    }
                }
            }
        }
        search([])
        for (k, i) in movable.enumerated() {
            search([i])
            for j in movable[(k + 1)...] { search([i, j]) }
        }
        return best
    }

    /// Shortfall seconds saved by adding `seconds` to a topic `deficit` seconds under its quota.
    private func saved(_ deficit: Int, _ seconds: Int) -> Int {
        max(0, deficit) - max(0, deficit - seconds)
    }

    private func longest(in list: [Candidate], upTo budget: Int) -> Candidate? {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].seconds <= budget { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? list[low - 1] : nil
    }

    /// Two different courses from topics `a` and `b` (possibly the same topic) fitting `budget` together:
    /// the pair that saves the most shortfall, then fills the most. For each first course the longest second
    /// that fits is best (saving grows with length), and that bound only falls as the first grows.
    private func bestPair(_ a: Int, _ b: Int, budget: Int, deficit: [Int]) -> (gain: Int, seconds: Int, first: Int, second: Int)? {
        let first = candidates[a], second = candidates[b]
        var found: (gain: Int, seconds: Int, i: Int, j: Int)?
        var j = second.count - 1
        for i in first.indices {
            let room = budget - first[i].seconds
            guard room > 0 else { break }
            while j >= 0, second[j].seconds > room { j -= 1 }
            var k = j
            // The same course cannot come in twice (same topic, or a course filed under both topics).
            while k >= 0, second[k].course == first[i].course { k -= 1 }
            guard k >= 0 else { continue }
            let seconds = first[i].seconds + second[k].seconds
            let gain = a == b
                ? saved(deficit[a], seconds)
                : saved(deficit[a], first[i].seconds) + saved(deficit[b], second[k].seconds)
            if found.map({ (gain, seconds) > ($0.gain, $0.seconds) }) ?? true { found = (gain, seconds, i, k) }
        }
        return found.map { ($0.gain, $0.seconds, $0.i, $0.j) }
    }
}
