/// After the exact pairs: triples of sessions re-packed exactly together (`ExactPairRepack` with three sessions,
/// `TripleSpace`), the most idle first (`triplesMostIdleFirst`), for what needs three sessions moved at once: a
/// month whose every pair is re-packed as well as it can be may still gain when a course leaves A for B, B's for
/// C and C's for A. A re-pack is made only when it lowers the month's shortfall by `SessionRepack.minimumGain`;
/// then the sessions are re-packed one by one and in exact pairs again. Kept only if the month ends lower.
extension CourseFiller {
    /// The month's nodes for its exact triple re-packs, per session and group of unused courses, as
    /// `exactPairNodeFactor` is for the pairs.
    static let exactTripleNodeFactor = 80

    mutating func repackTriplesExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: Int
    ) {
        guard searches > 0, filled.count >= 3 else { return }
        let candidates = repackCandidates(exchange).pieces
        var groups = 0
        for (k, piece) in candidates.enumerated()
        where k == 0 || piece.seconds != candidates[k - 1].seconds || piece.topic != candidates[k - 1].topic { groups += 1 }
        var budget = nodes > 0 ? filled.count * groups * Self.exactTripleNodeFactor : 0
        repeatWhileGainable(searches: budget, nodes: nodes, &filled, &exchange) { filler, filled, exchange, _ in
            filler.improveTripleExactly(
                &filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches, budget: &budget)
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
        searches: Int, budget: inout Int
    ) -> Bool {
        let sides = filled.map { session in
            let view = repackView(session, items: exchangeItems(session.items, topicIndex))
            return PairRepack.Side(room: view.room, movable: view.movable)
        }
        let deficit = deficits()
        let candidates = repackCandidates(exchange).pieces
        let rooms = sides.map(\.room).sorted(by: >)
        var root = PairRootBound(candidates: candidates, topics: topics.count, limit: rooms.prefix(3).reduce(0, +))
        for triple in Self.triplesMostIdleFirst(sides) {
            guard budget > 0 else { return false }
            let exact = ExactPairRepack(deficit: deficit, candidates: candidates, nodes: budget)
            let (found, visited) = exact.best(triple.map { sides[$0] }, root: &root)
            budget -= max(1, visited)
            guard let answer = found else { continue }
            let before = shortfall()
            let month = (self, filled, exchange)
            make(answer, triple, &filled, sides, exchange: &exchange, topicIndex)
            guard shortfall() <= before - SessionRepack.minimumGain else {
                (self, filled, exchange) = month
                return false
            }
            repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
            repackPairsExactly(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches)
            return true
        }
        return false
    }
}
