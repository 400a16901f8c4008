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
    /// (seconds and topic index) and quotas `quotaSeconds` per topic (adding up to the sessions' seconds).
    /// Topics are few (a station weighs at most a handful): the bound tries each subset of them.
    public static func seconds(sessionSeconds: [Int], courses: [(seconds: Int, topic: Int)], quotaSeconds: [Int]) -> Int {
        let lengths = courses.map(\.seconds)
        var bestFit: [Int: Int] = [:]
        var capacity = 0
        for session in sessionSeconds {
            if bestFit[session] == nil { bestFit[session] = largestSum(lengths, upTo: session) }
            capacity += bestFit[session] ?? 0
        }
        let topics = quotaSeconds.count
        var below = [Int](repeating: 0, count: topics), above = [Int?](repeating: nil, count: topics)
        for t in 0..<topics {
            let own = courses.filter { $0.topic == t }.map(\.seconds)
            let reach = subsetSums(own, upTo: quotaSeconds[t] + (own.max() ?? 0))
            below[t] = (0...quotaSeconds[t]).last { reach.contains($0) } ?? 0
            above[t] = (quotaSeconds[t]..<max(quotaSeconds[t], reach.limit + 1)).first { reach.contains($0) }
        }
        var best = Int.max
        for subset in 0..<(1 << topics) {
            var shortOfLow = 0, demand = 0
            var possible = true
            for t in 0..<topics {
                if subset >> t & 1 == 1 {
                    guard let high = above[t] else {
                        possible = false
                        break
                    }
                    demand += high
                } else {
                    shortOfLow += quotaSeconds[t] - below[t]
                    demand += quotaSeconds[t]
                }
            }
            if possible { best = min(best, max(shortOfLow, demand - capacity, 0)) }
        }
        return 2 * (best == Int.max ? 0 : best)
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
        let count = max(0, limit) / 64 + 1
        var reach = [UInt64](repeating: 0, count: count)
        reach[0] = 1
        for length in lengths where length > 0 && length <= limit {
            // reach |= reach << length, from the top word down so each length is used once.
            let shift = length / 64, bits = length % 64
            for w in stride(from: count - 1, through: shift, by: -1) {
                var moved = reach[w - shift] << UInt64(bits)
                if bits > 0, w - shift - 1 >= 0 { moved |= reach[w - shift - 1] >> UInt64(64 - bits) }
                reach[w] |= moved
            }
        }
        return Sums(limit: max(0, limit), words: reach)
    }
}
