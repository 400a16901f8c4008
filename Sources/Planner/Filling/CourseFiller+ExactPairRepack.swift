/// After the series are re-sequenced: pairs of sessions re-packed exactly (`ExactPairRepack`), the most idle first
/// (`pairsMostIdleFirst`). It takes the place of the ninth round's joint refills (removed): on the 48 awkward
/// months it finds every gain they found and more, for what they cost (BENCHMARKS.md, tenth round). A re-pack is
/// made only when it lowers the month's shortfall by `SessionRepack.minimumGain`; then the sessions are re-packed
/// one by one again and the pairs searched again. What ran before is unchanged, so a month can only end lower.
extension CourseFiller {
    /// The month's nodes for its exact pair re-packs: this many per session and group of unused courses (one
    /// length and topic). A month of three sessions found #31's gain after about 10,000 nodes; half this factor
    /// lost gains on #11 and others, twice it found nothing more (BENCHMARKS.md, tenth round).
    static let exactPairNodeFactor = 80

    mutating func repackPairsExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: Int
    ) {
        // Pair re-packs are off with no pair searches (`PlannerOptions.pairSearches` 0), this one with the rest.
        guard searches > 0 else { return }
        let candidates = repackCandidates(exchange).pieces
        var groups = 0
        for (k, piece) in candidates.enumerated()
        where k == 0 || piece.seconds != candidates[k - 1].seconds || piece.topic != candidates[k - 1].topic { groups += 1 }
        var budget = nodes > 0 ? filled.count * groups * Self.exactPairNodeFactor : 0
        repeatWhileGainable(searches: budget, nodes: nodes, &filled, &exchange) { filler, filled, exchange, _ in
            filler.improvePairExactly(&filled, exchange: &exchange, topicIndex, nodes: nodes, budget: &budget)
        }
    }

    /// The first pair whose exact re-pack lowers the shortfall, made, then the sessions re-packed one by one;
    /// false when there is none within the nodes left.
    private mutating func improvePairExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        budget: inout Int
    ) -> Bool {
        let sides = filled.map { session in
            let view = repackView(session, items: exchangeItems(session.items, topicIndex))
            return PairRepack.Side(room: view.room, movable: view.movable)
        }
        let deficit = deficits()
        let candidates = repackCandidates(exchange).pieces
        let rooms = sides.map(\.room).sorted(by: >)
        var root = PairRootBound(candidates: candidates, topics: topics.count, limit: rooms.prefix(2).reduce(0, +))
        for (first, second) in Self.pairsMostIdleFirst(sides) {
            guard budget > 0 else { return false }
            let exact = ExactPairRepack(deficit: deficit, candidates: candidates, nodes: budget)
            let (found, visited) = exact.best(sides[first], sides[second], root: &root)
            budget -= max(1, visited)
            guard let answer = found else { continue }
            let before = shortfall()
            let month = (self, filled, exchange)
            make(answer, [first, second], &filled, sides, exchange: &exchange, topicIndex)
            // Made as scored; kept as it was should it not lower the shortfall (a scoring bug must not make a plan
            // worse).
            guard shortfall() <= before - SessionRepack.minimumGain else {
                (self, filled, exchange) = month
                return false
            }
            repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
            return true
        }
        return false
    }
}
