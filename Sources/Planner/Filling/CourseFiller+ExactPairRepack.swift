import Foundation

/// After the joint refills: pairs of sessions re-packed exactly (`ExactPairRepack`), the most idle first, as
/// `repackJointly` pairs them. A re-pack is made only when it lowers the month's shortfall by
/// `SessionRepack.minimumGain`; then the sessions are re-packed one by one again and the pairs searched again.
/// What ran before is unchanged, so a month can only end lower. Bounded by a node budget for the whole month,
/// scaled to its sessions and the pieces the searches choose from (`exactPairNodes`).
extension CourseFiller {
    mutating func repackPairsExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int
    ) {
        guard nodes > 0 else { return }
        var budget = experimentNodes
        repeatWhileGainable(searches: Int.max, nodes: budget, &filled, &exchange) { filler, filled, exchange, _ in
            filler.improvePairExactly(&filled, exchange: &exchange, topicIndex, budget: &budget)
        }
    }

    /// The first pair whose exact re-pack lowers the shortfall, made, then the sessions re-packed one by one;
    /// false when there is none within the nodes left.
    private mutating func improvePairExactly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], budget: inout Int
    ) -> Bool {
        let sides = filled.map { session in
            let view = repackView(session, items: exchangeItems(session.items, topicIndex))
            return PairRepack.Side(room: view.room, movable: view.movable)
        }
        let deficit = deficits()
        let candidates = repackCandidates(exchange).pieces
        let rooms = sides.map(\.room).sorted(by: >)
        var root = PairRootBound(candidates: candidates, topics: topics.count, limit: rooms.prefix(2).reduce(0, +))
        for pair in Self.jointGroups(sides) where pair.count == 2 {
            guard budget > 0 else { return false }
            let exact = ExactPairRepack(deficit: deficit, candidates: candidates, nodes: budget)
            let (found, visited) = exact.best(sides[pair[0]], sides[pair[1]], root: &root)
            budget -= visited
            if experimentDebug {
                print("exact pair \(pair) nodes \(visited) saved \(found?.saved ?? 0) budget \(budget)")
            }
            guard let answer = found else { continue }
            let before = shortfall()
            let month = (self, filled, exchange)
            make(answer, pair, &filled, sides, exchange: &exchange, topicIndex)
            // Made as scored; kept as it was should it not lower the shortfall (a scoring bug must not make a plan
            // worse).
            guard shortfall() <= before - SessionRepack.minimumGain else {
                (self, filled, exchange) = month
                return false
            }
            repack(&filled, exchange: &exchange, topicIndex, nodes: SessionRepack.defaultNodeBudget)
            return true
        }
        return false
    }
}

let experimentNoJoint = ProcessInfo.processInfo.environment["YJ_NO_JOINT"] == "1"
let experimentNodes = Int(ProcessInfo.processInfo.environment["YJ_EXACT_NODES"] ?? "") ?? 20_000
let experimentDebug = ProcessInfo.processInfo.environment["YJ_EXACT_DEBUG"] != nil
let experimentPerMonth = Int(ProcessInfo.processInfo.environment["YJ_EXACT_SCALE"] ?? "") ?? 0
