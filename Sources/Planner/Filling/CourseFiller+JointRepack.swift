/// After the long pairs: pairs of sessions emptied and refilled one after the other (`JointRepack`), the most idle
/// first, with a budget of their own (a share of `PlannerOptions.pairSearches`), so what ran before is unchanged
/// and a month can only end lower. A refill is made only when it lowers the month's shortfall by
/// `SessionRepack.minimumGain`; then the sessions are re-packed one by one again and the pairs searched again.
/// Series episodes stay where they are, as in `repack`.
extension CourseFiller {
    /// Refills get this fraction of the month's pair searches (16 by default), each session searched counting as
    /// one: on the 48 awkward months a quarter cost 0.8 ms a month more, an eighth never reached #11's gain.
    static let jointShare = 4
    /// A refill's searches may visit this many times the re-pack's nodes: a session emptied chooses from every
    /// unused course, and the last one filled must match what the topics still lack to the second (a quarter of
    /// this found half the gains).
    static let jointNodeFactor = 10
    /// Sessions refilled together: pairs. Groups of three, tried on their own within the same searches, found
    /// almost nothing (each costs nine searches, and fewer are reached).
    static let jointSessions = 2

    mutating func repackJointly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches limit: Int
    ) {
        repeatWhileGainable(searches: limit / Self.jointShare, nodes: nodes, &filled, &exchange) { filler, filled, exchange, searches in
            filler.improveJointly(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: &searches)
        }
    }

    /// The first group whose joint re-pack lowers the shortfall, made, then the sessions re-packed one by one;
    /// false when there is none within the searches left.
    private mutating func improveJointly(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: inout Int
    ) -> Bool {
        let sides = filled.map { session in
            let view = repackView(session, items: exchangeItems(session.items, topicIndex))
            return PairRepack.Side(room: view.room, movable: view.movable)
        }
        let joint = JointRepack(deficit: deficits(), candidates: repackCandidates(exchange).pieces, nodes: nodes * Self.jointNodeFactor)
        for group in Self.jointGroups(sides) {
            guard searches > 0 else { return false }
            guard let answer = joint.best(group.map { sides[$0] }, searches: &searches) else { continue }
            let before = shortfall()
            let month = (self, filled, exchange)
            make(answer, group, &filled, sides, exchange: &exchange, topicIndex)
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

    /// Groups of two (up to `jointSessions`) sessions with room, the most idle first, in a fixed order.
    static func jointGroups(_ sides: [PairRepack.Side]) -> [[Int]] {
        let order = sides.indices.filter { sides[$0].room > 0 }.sorted { (-sides[$0].idle, $0) < (-sides[$1].idle, $1) }
        var groups: [[Int]] = []
        for size in 2...Self.jointSessions {
            var group: [Int] = []
            func extend(from start: Int) {
                guard group.count < size else {
                    groups.append(group)
                    return
                }
                for k in start..<order.count {
                    group.append(order[k])
                    extend(from: k + 1)
                    group.removeLast()
                }
            }
            extend(from: 0)
        }
        return groups
    }

    /// Every session's items out first, then the courses in: a course may move from one of them to another.
    mutating func make(
        _ answer: JointRepack.Answer, _ group: [Int], _ filled: inout [FilledSession], _ sides: [PairRepack.Side],
        exchange: inout SessionExchange, _ topicIndex: [String: Int]
    ) {
        for (j, s) in group.enumerated() {
            let removed = sides[s].movable.map(\.item).filter { !answer.kept[j].contains($0) }
            let items = exchangeItems(filled[s].items, topicIndex)
            apply(SessionExchange.Move(removed: removed, added: [], gain: 0, fill: 0), to: &filled[s], items: items, exchange: &exchange)
        }
        for (j, s) in group.enumerated() {
            apply(SessionExchange.Move(removed: [], added: answer.added[j], gain: 0, fill: 0), to: &filled[s], items: [], exchange: &exchange)
        }
    }
}
