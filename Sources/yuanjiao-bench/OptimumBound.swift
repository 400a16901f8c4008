/// A proven lower bound on idle + topic deviation (minutes) for an `optimum` instance, computed exactly and
/// without a solver, to set beside the planner and beside HiGHS' own bound.
///
/// Idle + deviation = 2 × shortfall, the shortfall being `Σ max(0, quota − used)` over the topics (the quotas add
/// up to the month's minutes), and the shortfall is at least
/// - the idle time no plan can avoid: per session, its length minus the largest sum of course lengths that fits
///   in it (subset sums over every course, so a lower bound even though a course plays once), and
/// - per topic, its quota minus all of its courses' time together.
enum OptimumBound {
    static func minutes(_ instance: OptimumBenchmark.Instance) -> Double {
        let quotas = OptimumBenchmark.quotas(total: instance.sessions.reduce(0, +), weights: instance.weights)
        var bestFit: [Int: Int] = [:]
        var idle = 0
        for minutes in instance.sessions {
            let capacity = minutes * 60
            if bestFit[capacity] == nil { bestFit[capacity] = largestSum(instance.courses.map { $0[0] }, upTo: capacity) }
            idle += capacity - (bestFit[capacity] ?? 0)
        }
        var available = [Int](repeating: 0, count: quotas.count)
        for course in instance.courses where available.indices.contains(course[1]) { available[course[1]] += course[0] }
        let topicShort = zip(quotas, available).reduce(0) { $0 + max(0, $1.0 * 60 - $1.1) }
        return 2 * Double(max(idle, topicShort)) / 60
    }

    /// The largest sum of some of `lengths` (each at most once) not above `capacity`: subset sums as a bit set.
    static func largestSum(_ lengths: [Int], upTo capacity: Int) -> Int {
        let words = capacity / 64 + 1
        var reach = [UInt64](repeating: 0, count: words)
        reach[0] = 1
        for length in lengths where length > 0 && length <= capacity {
            // reach |= reach << length, from the top word down so each length is used once.
            let shift = length / 64, bits = length % 64
            for w in stride(from: words - 1, through: shift, by: -1) {
                var moved = reach[w - shift] << UInt64(bits)
                if bits > 0, w - shift - 1 >= 0 { moved |= reach[w - shift - 1] >> UInt64(64 - bits) }
                reach[w] |= moved
            }
        }
        for value in stride(from: capacity, through: 0, by: -1) where reach[value / 64] >> UInt64(value % 64) & 1 == 1 {
            return value
        }
        return 0
    }
}
