/// `ShortfallBound` once per joint fill of the short sessions (room for at most `jointItems` courses each).
///
/// Why: the month-wide formula sees the short sessions' best fills and, separately, the topics' quotas; it does not
/// see that the courses filling the short sessions belong to topics, so that what they take is missing from those
/// topics' quotas and from the courses left for the long sessions (awkward month #30: four 30-minute sessions each
/// filled best by one course, whose topics the 90-minute sessions then lack).
///
/// The proof. Every plan puts some set F_j of courses in each short session j, the F_j disjoint and each fitting its
/// session: a joint fill. Fix one and let f_t be the seconds of topic t it holds, b'_t those of topic t in the long
/// sessions. Then S = Σ max(0, Q_t − f_t − b'_t) = Σ max(0, Q'_t − b'_t) with Q'_t = max(0, Q_t − f_t), and the
/// long sessions are filled from the courses the fill left, so the proof of `ShortfallBound` applies to them
/// as it stands with quotas Q'_t, lo'_t / hi'_t taken over topic t's courses left, and C' = Σ over the long sessions
/// of their largest subset sums (over all courses: a relaxation, so still at least what they hold). The plan's S is
/// at least the bound of its own fill, hence at least the minimum over every joint fill: that minimum is a bound.
/// The short sessions' idle is in it: with U = ∅ the demand term is Σ Q'_t − C' ≥ L − Σ f_t − C'.
///
/// The fills are enumerated, longest sums first, and a fill is cut off as soon as its short sessions' idle so far,
/// plus each later short session's least idle, plus the long sessions' least idle, reaches the best bound found:
/// every set U's demand term is at least Σ Q'_t − C', which is at least that idle. When the search needs more than
/// `fillBudget` steps, nil (the month-wide formula stands alone).
extension ShortfallBound {
    static func byShortFills(
        sessionSeconds: [Int], courses: [(seconds: Int, topic: Int)], quotaSeconds: [Int], fillBudget: Int = 400_000
    ) -> Int? {
        bestShortFills(sessionSeconds: sessionSeconds, courses: courses, quotaSeconds: quotaSeconds, fillBudget: fillBudget)?
            .fills.first.map { 2 * $0.bound }
    }

    /// The `count` joint fills of the short sessions whose bounds are lowest, lowest first: each fill's bound on
    /// the shortfall (seconds, not doubled) and per short session the indices of the courses it holds; `short`
    /// names those sessions (indices into `sessionSeconds`, longest first). Nil when there is no short session or
    /// the search needs more than `fillBudget` steps — unless `partial`, which gives the lowest of the fills seen
    /// so far (not proven lowest, so not a bound). The planner tries the first fills (`CourseFiller+ShortFills`):
    /// a month whose short sessions hold a fill of high bound cannot get below that bound however the rest moves.
    static func bestShortFills(
        sessionSeconds: [Int], courses: [(seconds: Int, topic: Int)], quotaSeconds: [Int], count: Int = 1,
        fillBudget: Int = 400_000, partial: Bool = false
    ) -> (short: [Int], fills: [(bound: Int, contents: [[Int]])])? {
        guard let shortest = courses.map(\.seconds).filter({ $0 > 0 }).min() else { return nil }
        let isShort = { (session: Int) in session > 0 && session / shortest <= jointItems }
        let shortIndices = sessionSeconds.indices.filter { isShort(sessionSeconds[$0]) }
            .sorted { (sessionSeconds[$1], $0) < (sessionSeconds[$0], $1) }
        guard !shortIndices.isEmpty else { return nil }
        let lengths = courses.map(\.seconds)
        var fits: [Int: Int] = [:]
        let long = sessionSeconds.filter { !isShort($0) && $0 > 0 }
        for session in long where fits[session] == nil { fits[session] = largestSum(lengths, upTo: session) }
        let capacity = long.reduce(0) { $0 + (fits[$1] ?? 0) }
        var search = ShortFillSearch(
            short: shortIndices.map { sessionSeconds[$0] }, courses: courses, quotas: quotaSeconds, capacity: capacity,
            longIdle: max(0, long.reduce(0, +) - capacity), budget: fillBudget, keep: max(1, count))
        guard search.run() || partial && !search.kept.isEmpty else { return nil }
        return (shortIndices, search.kept)
    }

    /// The depth-first search over the short sessions' joint fills, with the topic formula at each whole fill.
    private struct ShortFillSearch {
        let short: [Int]
        let courses: [(seconds: Int, topic: Int)]
        let quotas: [Int]
        let capacity: Int
        let longIdle: Int
        let budget: Int
        /// How many of the best fills are kept.
        let keep: Int
        /// More contents than this for one short session and the search is not tried.
        static let contentLimit = 50_000
        /// Each short session's possible contents (course indices), fullest first; the empty one last.
        let options: [[[Int]]]
        /// `laterIdle[j]`: the least idle of the short sessions from j on, each at its own fullest content.
        let laterIdle: [Int]
        let wholeLimits: [(below: Int, above: Int?)]
        var limitsLeft: [String: (below: Int, above: Int?)] = [:]
        var used: [Bool]
        var chosen: [Int] = []
        /// The option each short session took so far (indices into `options[j]`).
        var picks: [Int] = []
        /// The best fills found, lowest bound first, at most `keep`.
        var kept: [(bound: Int, contents: [[Int]])] = []
        var steps = 0

        /// A fill must have a bound below this to be kept: with `keep` fills in hand, the worst of them.
        var threshold: Int { kept.count < keep ? Int.max : kept[keep - 1].bound }

        init(
            short: [Int], courses: [(seconds: Int, topic: Int)], quotas: [Int], capacity: Int, longIdle: Int, budget: Int,
            keep: Int
        ) {
            self.short = short
            self.courses = courses
            self.quotas = quotas
            self.capacity = capacity
            self.longIdle = longIdle
            self.budget = budget
            self.keep = keep
            used = courses.map { _ in false }
            var byLength: [Int: [[Int]]] = [:]
            for session in short where byLength[session] == nil {
                byLength[session] = Self.contents(of: session, courses: courses, limit: Self.contentLimit)
            }
            options = short.map { byLength[$0] ?? [[]] }
            var later = [Int](repeating: 0, count: short.count + 1)
            for j in short.indices.reversed() {
                let fullest = options[j].first.map { $0.reduce(0) { $0 + courses[$1].seconds } } ?? 0
                later[j] = later[j + 1] + short[j] - fullest
            }
            laterIdle = later
            wholeLimits = quotas.indices.map { t in
                ShortfallBound.topicLimits(courses.filter { $0.topic == t }.map(\.seconds), quota: quotas[t])
            }
        }

        /// Every set of at most `jointItems` courses fitting `session`, fullest first (ties: first found), with
        /// the empty set last; cut at `limit` sets (the search then runs out of budget at once).
        static func contents(of session: Int, courses: [(seconds: Int, topic: Int)], limit: Int) -> [[Int]] {
            let fitting = courses.indices.filter { courses[$0].seconds > 0 && courses[$0].seconds <= session }
            var found: [(sum: Int, items: [Int])] = []
            func extend(_ items: [Int], sum: Int, from: Int) {
                guard found.count <= limit else { return }
                if !items.isEmpty { found.append((sum, items)) }
                guard items.count < jointItems else { return }
                for k in from..<fitting.count where sum + courses[fitting[k]].seconds <= session {
                    extend(items + [fitting[k]], sum: sum + courses[fitting[k]].seconds, from: k + 1)
                }
            }
            extend([], sum: 0, from: 0)
            return found.sorted { $0.sum > $1.sum }.map(\.items) + [[]]
        }

        /// Searches every joint fill; false when the search needed more than `budget` steps.
        mutating func run() -> Bool {
            guard options.allSatisfy({ $0.count <= Self.contentLimit }) else { return false }
            visit(0, idle: 0, from: 0)
            return steps <= budget
        }

        /// Short session j takes a content; equal sessions take contents in list order only (`from`), since
        /// swapping the contents of two equal sessions is the same fill.
        private mutating func visit(_ j: Int, idle: Int, from: Int) {
            steps += 1
            guard steps <= budget, threshold > 0 else { return }
            guard j < short.count else {
                let bound = fillBound()
                if bound < threshold {
                    let at = kept.firstIndex { $0.bound > bound } ?? kept.count
                    kept.insert((bound, picks.enumerated().map { options[$0][$1] }), at: at)
                    if kept.count > keep { kept.removeLast() }
                }
                return
            }
            for k in from..<options[j].count {
                let items = options[j][k]
                let held = items.reduce(0) { $0 + courses[$1].seconds }
                // Contents come fullest first: once this one's idle cannot beat the best, no later one can.
                guard idle + short[j] - held + laterIdle[j + 1] + longIdle < threshold, steps <= budget else { break }
                guard items.allSatisfy({ !used[$0] }) else { continue }
                for c in items { used[c] = true }
                chosen.append(contentsOf: items)
                picks.append(k)
                let next = j + 1 < short.count && short[j + 1] == short[j] ? k : 0
                visit(j + 1, idle: idle + short[j] - held, from: next)
                picks.removeLast()
                chosen.removeLast(items.count)
                for c in items { used[c] = false }
            }
        }

        /// The proof's formula for the fill in `chosen`: quotas less what it holds, limits over the courses left.
        private mutating func fillBound() -> Int {
            var left = quotas
            for c in chosen { left[courses[c].topic] -= courses[c].seconds }
            var limits = wholeLimits
            for t in quotas.indices {
                let taken = chosen.filter { courses[$0].topic == t }.sorted()
                guard !taken.isEmpty else { continue }
                left[t] = max(0, left[t])
                let key = "\(t):" + taken.map(String.init).joined(separator: ",")
                if let known = limitsLeft[key] {
                    limits[t] = known
                    continue
                }
                let remaining = courses.indices.filter { courses[$0].topic == t && !used[$0] }.map { courses[$0].seconds }
                limits[t] = ShortfallBound.topicLimits(remaining, quota: left[t])
                limitsLeft[key] = limits[t]
            }
            return ShortfallBound.leastShortfall(quotas: left, limits: limits, capacity: capacity)
        }
    }
}
