/// After the series are re-sequenced: pairs of sessions re-packed exactly (`ExactPairRepack`), in one of the
/// `ExactPairOrder`s (`CourseFiller+Descents` runs the month along several). It takes the place of the ninth round's
/// joint refills (removed): on the 48 awkward months it finds every gain they found and more, for what they cost
/// (BENCHMARKS.md, tenth round). A re-pack is made only when it lowers the month's shortfall by
/// `minimumGain`; then the sessions are re-packed one by one again and the pairs searched again. What
/// ran before is unchanged, so a month can only end lower.
extension CourseFiller {
    /// The month's nodes for its exact pair re-packs: this many per session and group of unused courses (one
    /// length and topic). A month of three sessions found #31's gain after about 10,000 nodes; half this factor
    /// lost gains on #11 and others, twice it found nothing more (BENCHMARKS.md, tenth round).
    static let exactPairNodeFactor = 80

    mutating func repackPairsExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: Int, order: ExactPairOrder = .mostIdleFirst
    ) {
        // Pair re-packs are off with no pair searches (`PlannerOptions.pairSearches` 0), this one with the rest.
        guard searches > 0 else { return }
        var budget = nodes > 0 ? filled.count * candidateGroups(exchange) * Self.exactPairNodeFactor : 0
        repeatWhileGainable(searches: budget, nodes: nodes, &filled, &exchange) { filler, filled, exchange, _ in
            filler.improvePairExactly(&filled, exchange: &exchange, topicIndex, nodes: nodes, budget: &budget, order: order)
        }
    }

    /// The pair whose exact re-pack lowers the shortfall — the first in `order`, or the one that lowers it most —
    /// made, then the sessions re-packed one by one; false when there is none within the nodes left.
    private mutating func improvePairExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        budget: inout Int, order: ExactPairOrder
    ) -> Bool {
        let sides = repackSides(filled, topicIndex)
        let deficit = deficits()
        let candidates = repackCandidates(exchange).pieces
        let rooms = sides.map(\.room).sorted(by: >)
        var root = PairRootBound(candidates: candidates, topics: topics.count, limit: rooms.prefix(2).reduce(0, +))
        let pairs = Self.pairsMostIdleFirst(sides)
        var chosen: (answer: ExactPairRepack.Answer, pair: [Int])?
        for (first, second) in order == .leastIdleFirst ? pairs.reversed() : pairs {
            guard budget > 0 else { break }
            let exact = ExactPairRepack(deficit: deficit, candidates: candidates, nodes: budget, minimumGain: minimumGain)
            // A pair must beat the best found so far to be made instead (the earlier one on a tie).
            let (found, visited) = exact.best(sides[first], sides[second], root: &root, atLeast: (chosen?.answer.saved ?? 0) + 1)
            budget -= max(1, visited)
            guard let answer = found, answer.saved > chosen?.answer.saved ?? 0 else { continue }
            chosen = (answer, [first, second])
            if order != .steepest { break }
        }
        guard let (answer, pair) = chosen,
            makeIfItLowers(answer, pair, &filled, sides, exchange: &exchange, topicIndex)
        else { return false }
        repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
        return true
    }
}

extension CourseFiller {
    /// Every session as the exact re-packs see it: its room and its movable items.
    func repackSides(_ filled: [FilledSession], _ topicIndex: [String: Int]) -> [PairRepack.Side] {
        filled.map { session in
            let view = repackView(session, items: exchangeItems(session.items, topicIndex))
            return PairRepack.Side(room: view.room, movable: view.movable)
        }
    }

    /// The groups of unused courses (one length and topic) the exact re-packs may take: their node budgets scale
    /// with it.
    func candidateGroups(_ exchange: SessionExchange) -> Int {
        let candidates = repackCandidates(exchange).pieces
        return candidates.indices.filter { k in
            k == 0 || candidates[k].seconds != candidates[k - 1].seconds || candidates[k].topic != candidates[k - 1].topic
        }.count
    }
}

/// Which pair the exact re-packs make of those that lower the month's shortfall. Each ends at a month no pair
/// can improve, but not the same month: on the 48 awkward months each order is ahead on some
/// (BENCHMARKS.md, eleventh round), so the planner runs several (`CourseFiller+Descents`).
enum ExactPairOrder: Sendable {
    /// The first found, pairs with the most idle first (`CourseFiller.pairsMostIdleFirst`).
    case mostIdleFirst
    /// The first found, the same pairs in the reverse order.
    case leastIdleFirst
    /// The one that saves the most, every pair searched.
    case steepest
}
