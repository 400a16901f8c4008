/// The best exchange for one session between its items and the unused courses: up to two items out, up to two
/// courses in, where they fit. It is the move the balance pass makes; it covers a swap, an addition into idle
/// time, one long course out for two short ones, two out for one, and re-packing the session's last two places.
///
/// Scored on the deficit sum `shortfall = Σ max(0, quota − used)` over the topics: since the quotas add up to the
/// month's study time, idle minutes + topic deviation = 2 × shortfall, so lowering the shortfall lowers the
/// objective `yuanjiao-bench optimum` measures, and it cannot be lowered by trading one topic's deviation for
/// idle time. Between moves of equal gain the one that fills more of the session wins.
///
/// Series: an episode may go out only when it is its series' latest in the month (the caller marks it movable),
/// and a series' next episode may come in (the caller offers it) but never in the move that takes an episode of
/// the same series out, and never two episodes of one series at once, so every series still plays in order.
///
/// Pure and cheap: candidates are per topic, sorted by length, and a pair of topics is searched with two
/// pointers, so a session costs (removal sets) × (topic pairs) × (candidates per topic); removal sets and topic
/// pairs that cannot beat the best move found so far are skipped.
struct SessionExchange {
    /// An unused course that may come in, under the topic whose list it was found in.
    struct Candidate {
        let course: Int32
        let seconds: Int
        /// The course's series, -1 when none.
        var series: Int32 = -1
        /// The earliest session (index in the month) it may go into: a series' next episode not before the
        /// session of the episode it follows.
        var earliestSession = Int.min
        /// A series' next episode while the series has no episode in the month: it may go into any session.
        var startsSeries = false
    }

    /// An item of the session: its length, its topic's index, and whether it may go out (series episodes stay).
    struct Item {
        let seconds: Int
        let topic: Int
        let movable: Bool
        /// The item's series, -1 when none.
        var series: Int32 = -1
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

    /// All topics' candidates in one array (no array per topic to retain in the inner loops): topic t's are
    /// `flat[start[t]..<start[t + 1]]`, sorted by length (shortest first; equal lengths best rank last, so the
    /// longest that fits is also the best ranked of its length).
    private var flat: [Candidate]
    private var start: [Int]

    init(candidates: [[Candidate]]) {
        flat = candidates.flatMap { $0 }
        start = [0]
        for list in candidates { start.append(start[start.count - 1] + list.count) }
    }

    /// Topic t's candidates, shortest first (equal lengths best rank last).
    func candidates(topic t: Int) -> ArraySlice<Candidate> { flat[start[t]..<start[t + 1]] }

    /// A course that came in is no longer a candidate under any topic.
    mutating func remove(course: Int32) {
        for t in (0..<(start.count - 1)).reversed() {
            for i in (start[t]..<start[t + 1]).reversed() where flat[i].course == course {
                flat.remove(at: i)
                for u in (t + 1)..<start.count { start[u] -= 1 }
            }
        }
    }

    /// The series' next episodes on offer change after a series moved: the old ones go, `next` come in.
    mutating func replaceSeriesCandidates(with next: [(candidate: Candidate, topic: Int)]) {
        var lists = (0..<(start.count - 1)).map { t in flat[start[t]..<start[t + 1]].filter { $0.series < 0 } }
        for (candidate, t) in next {
            let i = lists[t].firstIndex { $0.seconds > candidate.seconds } ?? lists[t].count
            lists[t].insert(candidate, at: i)
        }
        self = SessionExchange(candidates: lists)
    }

    /// A course taken out of a session (not a series episode: those come back through
    /// `replaceSeriesCandidates`) may come in again, under the topic it had there.
    mutating func insert(course: Int32, seconds: Int, topic t: Int) {
        var i = start[t]
        while i < start[t + 1], flat[i].seconds <= seconds { i += 1 }
        flat.insert(Candidate(course: course, seconds: seconds), at: i)
        for u in (t + 1)..<start.count { start[u] += 1 }
    }

    /// The best improving move for session `session` (its index in the month; -1 offers no series episode) with
    /// `free` idle seconds, or nil when none lowers the shortfall or, at equal shortfall, fills more.
    /// `deficit[t]` is topic t's quota minus its used seconds.
    func best(items: [Item], free: Int, deficit input: [Int], session: Int = -1) -> Move? {
        var deficit = input
        let topics = start.count - 1
        let before = deficit.reduce(0) { $0 + max(0, $1) }
        guard before > 0 else { return nil }
        var movable: [Int] = []
        for i in items.indices where items[i].movable && movable.count < Self.movableItems { movable.append(i) }
        var best: (gain: Int, fill: Int, k: Int, l: Int, first: Int, second: Int)?
        var bar = (gain: 0, fill: 0)
        // Removal sets: none (k = l = -1), one item (l = -1), two items (k < l); indices into `movable`.
        var k = -1, l = -1
        while k < movable.count {
            defer {
                if k < 0 {
                    (k, l) = (0, -1)
                } else if l < 0, k + 1 < movable.count {
                    l = k + 1
                } else if l >= 0, l + 1 < movable.count {
                    l += 1
                } else {
                    (k, l) = (k + 1, -1)
                }
            }
            let out = [k, l].filter { $0 >= 0 }.map { movable[$0] }
            let blocked = Blocked(
                series: (out.first.map { items[$0].series } ?? -1, out.count > 1 ? items[out[1]].series : -1),
                session: session)
            let outSeconds = out.reduce(0) { $0 + items[$1].seconds }
            for i in out { deficit[items[i].topic] += items[i].seconds }
            defer { for i in out { deficit[items[i].topic] -= items[i].seconds } }
            let open = deficit.reduce(0) { $0 + max(0, $1) }
            // What the removal costs before anything comes in; the most any addition can give back is bounded
            // by the time there is and by the shortfall that is open.
            let loss = open - before
            let budget = free + outSeconds
            guard (-loss + min(budget, open), free) > bar else { continue }
            for a in 0..<topics where start[a] < start[a + 1] {
                if let one = longest(topic: a, upTo: budget, blocked: blocked) {
                    let gain = -loss + saved(deficit[a], flat[one].seconds), fill = flat[one].seconds - outSeconds
                    if (gain, fill) > bar {
                        bar = (gain, fill)
                        best = (gain, fill, k, l, one, -1)
                    }
                }
                for b in a..<topics where deficit[a] > 0 || deficit[b] > 0 {
                    let reach = a == b ? max(0, deficit[a]) : max(0, deficit[a]) + max(0, deficit[b])
                    guard (-loss + min(budget, reach), free) > bar,
                        let pair = bestPair(a, b, budget: budget, deficit: deficit, blocked: blocked)
                    else { continue }
                    let gain = -loss + pair.gain, fill = pair.seconds - outSeconds
                    if (gain, fill) > bar {
                        bar = (gain, fill)
                        best = (gain, fill, k, l, pair.first, pair.second)
                    }
                }
            }
        }
        return best.map { found in
            Move(
                removed: [found.k, found.l].filter { $0 >= 0 }.map { movable[$0] },
                added: [found.first, found.second].filter { $0 >= 0 }.map { (flat[$0].course, topic(of: $0)) },
                gain: found.gain, fill: found.fill)
        }
    }

    private func topic(of index: Int) -> Int {
        var t = 0
        while start[t + 1] <= index { t += 1 }
        return t
    }

    /// Shortfall seconds saved by adding `seconds` to a topic `deficit` seconds under its quota.
    private func saved(_ deficit: Int, _ seconds: Int) -> Int {
        max(0, deficit) - max(0, deficit - seconds)
    }

    /// What a move may not put in: episodes of the series it takes an episode of out, and episodes that may
    /// only go into a later session.
    private struct Blocked {
        let series: (Int32, Int32)
        let session: Int
    }

    private func isBlocked(_ i: Int, _ blocked: Blocked) -> Bool {
        let series = flat[i].series
        return series >= 0
            && (series == blocked.series.0 || series == blocked.series.1 || flat[i].earliestSession > blocked.session)
    }

    /// Index in `flat` of topic t's longest candidate lasting at most `budget` (not of a blocked series).
    private func longest(topic t: Int, upTo budget: Int, blocked: Blocked) -> Int? {
        var low = start[t], high = start[t + 1]
        while low < high {
            let mid = (low + high) / 2
            if flat[mid].seconds <= budget { low = mid + 1 } else { high = mid }
        }
        var found = low - 1
        while found >= start[t], isBlocked(found, blocked) { found -= 1 }
        return found >= start[t] ? found : nil
    }

    /// Two different courses from topics `a` and `b` (possibly the same topic) fitting `budget` together:
    /// the pair that saves the most shortfall, then fills the most (indices in `flat`). For each first course the
    /// longest second that fits is best (saving grows with length), and that bound only falls as the first grows.
    private func bestPair(
        _ a: Int, _ b: Int, budget: Int, deficit: [Int], blocked: Blocked
    ) -> (gain: Int, seconds: Int, first: Int, second: Int)? {
        var found: (gain: Int, seconds: Int, first: Int, second: Int)?
        var j = start[b + 1] - 1
        for i in start[a]..<start[a + 1] {
            let room = budget - flat[i].seconds
            guard room > 0 else { break }
            while j >= start[b], flat[j].seconds > room { j -= 1 }
            guard !isBlocked(i, blocked) else { continue }
            var k = j
            // The same course cannot come in twice (same topic, or a course filed under both topics), nor two
            // episodes of one series (only its next episode may come in).
            while k >= start[b], flat[k].course == flat[i].course || isBlocked(k, blocked)
                || (flat[i].series >= 0 && flat[k].series == flat[i].series)
            {
                k -= 1
            }
            guard k >= start[b] else { continue }
            let seconds = flat[i].seconds + flat[k].seconds
            let gain = a == b
                ? saved(deficit[a], seconds)
                : saved(deficit[a], flat[i].seconds) + saved(deficit[b], flat[k].seconds)
            if found.map({ (gain, seconds) > ($0.gain, $0.seconds) }) ?? true { found = (gain, seconds, i, k) }
        }
        return found
    }
}
