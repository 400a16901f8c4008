/// The exact re-pack of one session (issue 20, scope 4): with every other session fixed, the set of courses —
/// the session's own movable items and the unused candidates — that lowers the month's shortfall the most, then
/// fills the session the most. `SessionExchange` only tries up to two out and two in; this searches every subset.
///
/// Objective, as `SessionExchange` states it: the shortfall `Σ max(0, quota − used)` over the topics, since idle
/// minutes + topic deviation = 2 × shortfall. With the session's movable items taken out, topic t is `open[t]`
/// seconds under its quota, and putting x seconds of it back saves `min(x, open[t])`; the session has `capacity`
/// seconds for them.
///
/// Branch and bound over groups of interchangeable courses (same topic, same length), longest first, so a
/// session's few items are found in few levels. The bound is what is saved so far plus what the time left and
/// the topics still open could save at most. Bounded work: `nodeBudget` nodes a session (`PlannerOptions.repackNodes`); `proven` says whether the
/// search finished (then the answer is the exact optimum for the session).
struct SessionRepack {
    /// A course that may be in the re-packed session: one of its items (`item` ≥ 0) or an unused course.
    struct Piece {
        let seconds: Int
        let topic: Int
        let course: Int32
        let item: Int
    }

    /// What a session's movable items hold now, as a re-pack must beat it: the topics' deficits with those items
    /// out (`open`), the seconds of them that count toward a topic still under its quota (`saved`), and their
    /// seconds in all (`fill`).
    static func baseline(_ movable: [Piece], deficit: [Int]) -> (open: [Int], saved: Int, fill: Int) {
        var open = deficit
        var current = [Int](repeating: 0, count: deficit.count)
        for piece in movable {
            open[piece.topic] += piece.seconds
            current[piece.topic] += piece.seconds
        }
        let saved = open.indices.reduce(0) { $0 + min(current[$1], max(0, open[$1])) }
        return (open, saved, current.reduce(0, +))
    }

    /// Longest first, then by topic (the order the search groups in); a tie keeps `a` first. Callers that re-pack
    /// many times (`BorrowTrials`, `PairRepack`) sort the unused courses once and merge a few pieces in.
    static func precedes(_ a: Piece, _ b: Piece) -> Bool {
        a.seconds != b.seconds ? a.seconds > b.seconds : a.topic <= b.topic
    }

    /// `pieces` in the search's order, equal keys in their given order (a stable sort).
    static func longestFirst(_ pieces: [Piece]) -> [Piece] {
        pieces.indices.sorted { a, b in
            let x = pieces[a], y = pieces[b]
            return x.seconds != y.seconds ? x.seconds > y.seconds : x.topic != y.topic ? x.topic < y.topic : a < b
        }.map { pieces[$0] }
    }

    /// `candidates` (already `longestFirst`) less the courses `gone`, with `extra` merged in, in the search's
    /// order: `extra` first among equal keys (a session's own items before unused courses).
    static func merged(_ candidates: [Piece], without gone: [Int32], with extra: [Piece]) -> [Piece] {
        let extra = longestFirst(extra)
        var pieces: [Piece] = []
        pieces.reserveCapacity(candidates.count + extra.count)
        var e = 0
        for candidate in candidates where !gone.contains(candidate.course) {
            while e < extra.count, precedes(extra[e], candidate) {
                pieces.append(extra[e])
                e += 1
            }
            pieces.append(candidate)
        }
        return pieces + extra[e...]
    }

    struct Answer {
        /// The pieces chosen (the session's movable items not among them go out).
        var chosen: [Piece]
        var saved: Int
        var fill: Int
        var proven: Bool
    }

    static let defaultNodeBudget = 4_000
    /// Re-packs that save less shortfall than this are not looked for by the descents (half a minute: figures are
    /// in minutes), so each step pays for its search; the fine descent then takes any saving (`fineGain`).
    static let minimumGain = 30
    /// A month this close to what no re-pack can reach (`CourseFiller.unreachableShortfall`) is left as it is by the
    /// descents: most months of a county, which therefore cost no search.
    static let withinReach = 30
    /// The fine descent's least saving and reach (`CourseFiller+FineDescent`): a second, the grain of the figures.
    static let fineGain = 1

    /// Pieces of one topic and one length: which of them the search takes does not change the objective, so it
    /// only decides how many (the session's own items first, then candidates best-ranked first). They are
    /// `pieces[first..<first + count]`: one array for all groups, not one per group (a re-pack builds ~200 groups,
    /// and the borrow trials build two re-packs each).
    private struct Group {
        let seconds: Int
        let topic: Int
        let first: Int
        var count: Int
    }

    private let pieces: [Piece]
    private let groups: [Group]
    private let open: [Int]
    private let capacity: Int
    /// Per group index g, per topic t, at `g * open.count + t`: seconds of that topic in the groups from g on
    /// (for the bound).
    private let remaining: [Int]
    private let nodeBudget: Int

    /// `pieces` in preference order within a length and topic (items before candidates, best rank first).
    init(pieces: [Piece], open: [Int], capacity: Int, nodeBudget: Int = SessionRepack.defaultNodeBudget) {
        self.init(presorted: Self.longestFirst(pieces), open: open, capacity: capacity, nodeBudget: nodeBudget)
    }

    /// `pieces` already longest first, then by topic, in preference order within a length and topic; those longer
    /// than `capacity` are skipped. The borrow trials sort the unused courses once and merge a few pieces in.
    init(presorted pieces: [Piece], open: [Int], capacity: Int, nodeBudget: Int = SessionRepack.defaultNodeBudget) {
        var first = 0
        while first < pieces.count, pieces[first].seconds > capacity { first += 1 }
        let kept = Array(pieces[first...])
        var groups: [Group] = []
        for (i, piece) in kept.enumerated() {
            if let last = groups.last, last.seconds == piece.seconds, last.topic == piece.topic {
                groups[groups.count - 1].count += 1
            } else {
                groups.append(Group(seconds: piece.seconds, topic: piece.topic, first: i, count: 1))
            }
        }
        let topics = open.count
        var remaining = [Int](repeating: 0, count: (groups.count + 1) * topics)
        for g in groups.indices.reversed() {
            for t in 0..<topics { remaining[g * topics + t] = remaining[(g + 1) * topics + t] }
            let t = groups[g].topic
            remaining[g * topics + t] = min(capacity, remaining[g * topics + t] + groups[g].seconds * groups[g].count)
        }
        self.pieces = kept
        self.groups = groups
        self.open = open
        self.capacity = capacity
        self.remaining = remaining
        self.nodeBudget = nodeBudget
    }

    /// The best choice found, or nil when none saves at least `minimumGain` seconds more than `current` (saved,
    /// fill) of the session as it is. The minimum keeps the search from chasing seconds: a session within it of its
    /// bound is left at the root.
    func best(beating current: (saved: Int, fill: Int), minimumGain: Int = 1) -> Answer? {
        var taken = [Int](repeating: 0, count: groups.count)
        var used = [Int](repeating: 0, count: open.count)
        // The search reads and writes these arrays at every node: through buffers that live only for this call,
        // with no uniqueness check or retain per access (it was most of a borrow trial's time).
        let found: (bar: (saved: Int, fill: Int), best: [Int]?, nodes: Int) = groups.withUnsafeBufferPointer { groups in
            open.withUnsafeBufferPointer { open in
                remaining.withUnsafeBufferPointer { remaining in
                    used.withUnsafeMutableBufferPointer { used in
                        taken.withUnsafeMutableBufferPointer { taken in
                            var search = Search(
                                groups: groups, open: open, remaining: remaining, used: used, taken: taken,
                                nodeBudget: nodeBudget, bar: (current.saved + max(1, minimumGain) - 1, Int.max))
                            search.visit(0, capLeft: capacity, saved: 0, fill: 0)
                            return (search.bar, search.bestTaken, search.nodes)
                        }
                    }
                }
            }
        }
        guard let counts = found.best else { return nil }
        var chosen: [Piece] = []
        for (g, count) in counts.enumerated() where count > 0 {
            chosen += pieces[groups[g].first..<groups[g].first + count]
        }
        return Answer(chosen: chosen, saved: found.bar.saved, fill: found.bar.fill, proven: found.nodes < nodeBudget)
    }

    private struct Search {
        let groups: UnsafeBufferPointer<Group>
        let open: UnsafeBufferPointer<Int>
        let remaining: UnsafeBufferPointer<Int>
        let used: UnsafeMutableBufferPointer<Int>
        let taken: UnsafeMutableBufferPointer<Int>
        let nodeBudget: Int
        var bar: (saved: Int, fill: Int)
        var bestTaken: [Int]?
        var nodes = 0

        mutating func visit(_ g: Int, capLeft: Int, saved: Int, fill: Int) {
            nodes += 1
            if (saved, fill) > bar {
                bar = (saved, fill)
                bestTaken = Array(taken)
            }
            guard nodes < nodeBudget else { return }
            // Groups longer than the time left cannot come in: jump past them (longest first, so they lead).
            var low = g, high = groups.count
            while low < high {
                let mid = (low + high) / 2
                if groups[mid].seconds > capLeft { low = mid + 1 } else { high = mid }
            }
            let g = low
            guard g < groups.count else { return }
            // At most: every open topic topped up from what is left of it, within the time left.
            var reach = 0
            let row = g * open.count
            for t in 0..<open.count {
                reach += min(max(0, open[t] - used[t]), remaining[row + t])
            }
            let fillReach = fill + capLeft
            guard (saved + min(capLeft, reach), fillReach) > bar else { return }
            let group = groups[g]
            let t = group.topic
            let most = min(group.count, capLeft / group.seconds)
            var count = most
            while count >= 0 {
                let seconds = count * group.seconds
                let before = min(used[t], open[t])
                used[t] += seconds
                let gain = min(used[t], open[t]) - before
                taken[g] = count
                visit(g + 1, capLeft: capLeft - seconds, saved: saved + gain, fill: fill + seconds)
                used[t] -= seconds
                taken[g] = 0
                count -= 1
                if nodes >= nodeBudget { return }
            }
        }
    }
}
