/// A proven lower bound on idle + topic deviation for filling sessions with courses, computed without a solver
/// (issue 20, scope 4): `yuanjiao-bench optimum` sets the planner beside it, and a month that reaches it is proven
/// optimal. It holds for any plan — whatever the ranking, seasons or series order — since it relaxes all of them.
///
/// The proof. Let L_j be session j's seconds, L = Σ L_j, Q_t topic t's quota (Σ Q_t = L, the largest-remainder
/// split of the month), b_t the seconds of topic t played and P = Σ b_t. Then idle = L − P and
/// deviation = Σ |Q_t − b_t|, so idle + deviation = Σ (Q_t − b_t + |Q_t − b_t|) = 2 · S with
/// S = Σ max(0, Q_t − b_t), the shortfall. Two facts constrain any plan:
/// 1. session j holds at most F_j, the largest sum of course lengths not above L_j (each course once), so
///    P ≤ C := Σ F_j and idle ≥ I := L − C;
/// 2. b_t is a sum of some of topic t's lengths: b_t ≤ lo_t (the largest such sum ≤ Q_t) or b_t ≥ hi_t (the
///    smallest ≥ Q_t; none when all of topic t falls short of Q_t).
/// Let U be the topics with b_t ≥ Q_t in the plan (so b_t ≥ hi_t). Every other topic has b_t ≤ lo_t, hence
/// S ≥ Σ_{t∉U} (Q_t − lo_t); and S ≥ Σ_{t∉U} (Q_t − b_t) = Σ_{t∉U} Q_t − (P − Σ_{t∈U} b_t)
/// ≥ Σ_{t∉U} Q_t + Σ_{t∈U} hi_t − C. Whatever U the plan has, S is at least the larger of the two, so
/// S ≥ min over all U of max(Σ_{t∉U} (Q_t − lo_t), Σ_{t∉U} Q_t + Σ_{t∈U} hi_t − C), and idle + deviation ≥ 2 × that.
/// With U = ∅ this includes S ≥ I and S ≥ Σ (Q_t − lo_t); with U = all topics, the time the quotas overrun.
/// Tested against brute force on small instances (`ShortfallBoundTests`).
public enum ShortfallBound {
    /// The bound on idle + deviation, in seconds, for sessions of `sessionSeconds`, courses of `courses`
    /// (seconds and topic index) and quotas `quotaSeconds` per topic (adding up to the sessions' seconds): the
    /// larger of the formula over the whole month and its minimum over the short sessions' fills
    /// (`byShortFills`, when those are few enough to enumerate).
    public static func seconds(sessionSeconds: [Int], courses: [(seconds: Int, topic: Int)], quotaSeconds: [Int]) -> Int {
        let overall = monthWide(sessionSeconds: sessionSeconds, courses: courses, quotaSeconds: quotaSeconds)
        let perFill = byShortFills(sessionSeconds: sessionSeconds, courses: courses, quotaSeconds: quotaSeconds) ?? 0
        return max(overall, perFill)
    }

    /// The formula over the whole month at once (the proof above), in seconds of idle + deviation.
    static func monthWide(sessionSeconds: [Int], courses: [(seconds: Int, topic: Int)], quotaSeconds: [Int]) -> Int {
        let capacity = jointCapacity(sessionSeconds: sessionSeconds, lengths: courses.map(\.seconds))
        let limits = quotaSeconds.indices.map { t in
            topicLimits(courses.filter { $0.topic == t }.map(\.seconds), quota: quotaSeconds[t])
        }
        return 2 * leastShortfall(quotas: quotaSeconds, limits: limits, capacity: capacity)
    }

    /// lo_t and hi_t of the proof for one topic: the largest sum of its `lengths` not above `quota` and the
    /// smallest not below it (nil when all of them together fall short).
    static func topicLimits(_ lengths: [Int], quota: Int) -> (below: Int, above: Int?) {
        let reach = subsetSums(lengths, upTo: quota + (lengths.max() ?? 0))
        let below = (0...max(0, quota)).last { reach.contains($0) } ?? 0
        let above = (max(0, quota)..<max(quota, reach.limit + 1)).first { reach.contains($0) }
        return (below, above)
    }

    /// The proof's min over the sets U of topics at or over quota, as S (not yet doubled).
    /// Topics are few (a station weighs at most a handful): each subset of them is tried.
    static func leastShortfall(quotas: [Int], limits: [(below: Int, above: Int?)], capacity: Int) -> Int {
        let topics = quotas.count
        var best = Int.max
        for subset in 0..<(1 << topics) {
            var shortOfLow = 0, demand = 0
            var possible = true
            for t in 0..<topics {
                if subset >> t & 1 == 1 {
                    guard let high = limits[t].above else {
                        possible = false
                        break
                    }
                    demand += high
                } else {
                    shortOfLow += quotas[t] - limits[t].below
                    demand += quotas[t]
                }
            }
            if possible { best = min(best, max(shortOfLow, demand - capacity, 0)) }
        }
        return best == Int.max ? 0 : best
    }

    /// C of the proof: at most what the sessions can hold. Each session alone holds at most its largest subset
    /// sum; but the short sessions (room for at most `jointItems` courses) compete for the same few short courses
    /// — four 30-minute sessions cannot each take the one pair that fills 30 minutes — so those are packed
    /// together exactly, each course in one of them at most (a relaxation still: topics and the other sessions
    /// are left out). When that search needs more than `nodeBudget` steps, the sessions are bounded one by one.
    static func jointCapacity(sessionSeconds: [Int], lengths: [Int], nodeBudget: Int = 200_000) -> Int {
        var bestFit: [Int: Int] = [:]
        for session in sessionSeconds where bestFit[session] == nil { bestFit[session] = largestSum(lengths, upTo: session) }
        let single = sessionSeconds.reduce(0) { $0 + (bestFit[$1] ?? 0) }
        guard let shortest = lengths.filter({ $0 > 0 }).min() else { return single }
        let short = sessionSeconds.filter { $0 / shortest <= jointItems && (bestFit[$0] ?? 0) > 0 }.sorted(by: >)
        guard short.count > 1 else { return single }
        let alone = short.reduce(0) { $0 + (bestFit[$1] ?? 0) }
        var packing = JointPacking(
            sessions: short, fits: short.map { bestFit[$0] ?? 0 },
            lengths: lengths.filter { $0 > 0 && $0 <= short[0] }.sorted(by: >), nodeBudget: nodeBudget)
        guard let together = packing.best() else { return single }
        return single - alone + together
    }

    /// Sessions with room for at most this many courses are packed together.
    static let jointItems = 3

    /// Branch and bound over the short sessions, longest first: each takes up to `jointItems` unused courses that
    /// fit, or none; bound: what is held so far plus each remaining session's own best fit.
    private struct JointPacking {
        let sessions: [Int]
        let fits: [Int]
        let lengths: [Int]
        let nodeBudget: Int
        var used: [Bool]
        var most = 0
        var nodes = 0
        /// `rest[j]`: the sessions from j on, each at its own best fit.
        let rest: [Int]

        init(sessions: [Int], fits: [Int], lengths: [Int], nodeBudget: Int) {
            self.sessions = sessions
            self.fits = fits
            self.lengths = lengths
            self.nodeBudget = nodeBudget
            used = lengths.map { _ in false }
            var rest = [Int](repeating: 0, count: sessions.count + 1)
            for j in sessions.indices.reversed() { rest[j] = rest[j + 1] + fits[j] }
            self.rest = rest
        }

        /// The most the sessions hold together, or nil when the search ran out of steps before proving it.
        mutating func best() -> Int? {
            visit(0, held: 0)
            return nodes > nodeBudget ? nil : most
        }

        private mutating func visit(_ j: Int, held: Int) {
            nodes += 1
            guard nodes <= nodeBudget, most < rest[0] else { return }
            guard j < sessions.count else {
                most = max(most, held)
                return
            }
            guard held + rest[j] > most else { return }
            place(j, from: 0, count: 0, sum: 0, held: held)
        }

        /// Session j takes courses from index `from` on (lengths longest first), `count` taken so far.
        private mutating func place(_ j: Int, from: Int, count: Int, sum: Int, held: Int) {
            nodes += 1
            if count < jointItems {
                let last = count + 1 == jointItems
                for c in from..<lengths.count where !used[c] && sum + lengths[c] <= sessions[j] {
                    // The session's last course: if this sum cannot beat the best, the shorter ones after it cannot.
                    guard !last || held + sum + lengths[c] + rest[j + 1] > most, nodes <= nodeBudget else { break }
                    used[c] = true
                    place(j, from: c + 1, count: count + 1, sum: sum + lengths[c], held: held)
                    used[c] = false
                }
            }
            visit(j + 1, held: held + sum)
        }
    }

    /// The largest sum of some of `lengths` (each at most once) not above `capacity`.
    public static func largestSum(_ lengths: [Int], upTo capacity: Int) -> Int {
        let reach = subsetSums(lengths, upTo: capacity)
        return (0...max(0, capacity)).last { reach.contains($0) } ?? 0
    }

    /// Which sums of some of `lengths` (each at most once) up to `limit` can be made, as a bit set.
    struct Sums {
        let limit: Int
        var words: [UInt64]

        func contains(_ value: Int) -> Bool {
            value >= 0 && value <= limit && words[value / 64] >> UInt64(value % 64) & 1 == 1
        }
    }

    static func subsetSums(_ lengths: [Int], upTo limit: Int) -> Sums {
        var table = SubsetSums(limit: limit)
        let row = table.append(from: nil, adding: 0, count: 0)
        for length in lengths where length > 0 && length <= limit { table.grow(row, adding: length, count: 1) }
        return Sums(limit: max(0, limit), words: table.bits)
    }
}
