/// After the exact pairs (issue 20, scope 4, eleventh round): triples of sessions re-packed exactly together
/// (`ExactPairRepack` over three sessions, `TripleSpace`), the most idle first (`triplesMostIdleFirst`). A month
/// whose every pair is re-packed as well as it can be may still gain when a course leaves A for B, one of B's for
/// C and one of C's for A: HiGHS, iterating exact pairs from the planner's month, stopped above months it reached
/// moving three sessions at once. A re-pack is made only when it lowers the month's shortfall by
/// `minimumGain`; then the sessions are re-packed one by one and in exact pairs again (in the
/// descent's `ExactPairOrder`). What ran before is unchanged, so this move can only lower a month. It runs again
/// inside the short fills' trial, after the exact pairs, so a fill is kept only if it beats the month with its
/// triples re-packed.
///
/// Measured on the 48 awkward months with one descent, borrowing first (planner − proven bound summed, minutes; 58.3
/// without; CPU per station-month 4.7 ms without): here and in the trial 42.5 (+4.8 ms); run after the short fills
/// instead of before them, 42.8 for 1.5 ms less and no month above the tenth round's, but the short fills could then
/// leave a month worse than none would (`ShortFillTests`: 3 of 40 months); after them alone 47.2, in their trial alone
/// 50.1. Half this node factor found less (45.6 after and in the trial), twice a little more (40.6, +0.5 ms). Only the
/// most idle pair with each third session, or the triples of the four or five most idle sessions, found less than half
/// the gain (52.1, 53.4, at half the factor); gating a month on `ShortfallBound` saved no time.
extension CourseFiller {
    /// The month's nodes for its exact triple re-packs, per session and group of unused courses, as
    /// `exactPairNodeFactor` is for the pairs (measured above: half found less, twice little more).
    static let exactTripleNodeFactor = 160

    mutating func repackTriplesExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: Int, order: ExactPairOrder = .mostIdleFirst
    ) {
        guard searches > 0, filled.count >= 3 else { return }
        var budget = nodes > 0 ? filled.count * candidateGroups(exchange) * Self.exactTripleNodeFactor : 0
        repeatWhileGainable(searches: budget, nodes: nodes, &filled, &exchange) { filler, filled, exchange, _ in
            filler.improveTripleExactly(
                &filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches, budget: &budget, order: order)
        }
    }

    /// Triples of sessions with room, the most idle first, in a fixed order.
    static func triplesMostIdleFirst(_ sides: [PairRepack.Side]) -> [[Int]] {
        let order = sides.indices.filter { sides[$0].room > 0 }.sorted { (-sides[$0].idle, $0) < (-sides[$1].idle, $1) }
        var triples: [[Int]] = []
        for i in order.indices {
            for j in order.indices.dropFirst(i + 1) {
                for k in order.indices.dropFirst(j + 1) { triples.append([order[i], order[j], order[k]]) }
            }
        }
        return triples
    }

    /// The first triple whose exact re-pack lowers the shortfall, made, then the sessions re-packed one by one
    /// and in pairs; false when there is none within the nodes left.
    private mutating func improveTripleExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: Int, budget: inout Int, order: ExactPairOrder
    ) -> Bool {
        let sides = repackSides(filled, topicIndex)
        let deficit = deficits()
        let candidates = repackCandidates(exchange).pieces
        let rooms = sides.map(\.room).sorted(by: >)
        var root = PairRootBound(candidates: candidates, topics: topics.count, limit: rooms.prefix(3).reduce(0, +))
        for triple in Self.triplesMostIdleFirst(sides) {
            guard budget > 0 else { return false }
            let exact = ExactPairRepack(deficit: deficit, candidates: candidates, nodes: budget, minimumGain: minimumGain)
            let (found, visited) = exact.best(triple.map { sides[$0] }, root: &root)
            budget -= max(1, visited)
            guard let answer = found else { continue }
            guard makeIfItLowers(answer, triple, &filled, sides, exchange: &exchange, topicIndex) else { return false }
            repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
            repackPairsExactly(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches, order: order)
            return true
        }
        return false
    }
}
