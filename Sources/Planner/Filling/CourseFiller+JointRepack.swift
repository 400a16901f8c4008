/// The pairs of sessions re-packed together after the long pairs, and how a re-pack of a few sessions is made.
/// The ninth round refilled them one after the other (`JointRepack`, removed in the tenth): the exact pair
/// re-pack (`CourseFiller+ExactPairRepack`) found every gain it found and more, for what it cost (BENCHMARKS.md).
extension CourseFiller {
    /// Pairs of sessions with room, the most idle first, in a fixed order. (Groups of three refilled one after the
    /// other, tried in the ninth round, found almost nothing for their cost; re-packed exactly, in the eleventh,
    /// they pay: `CourseFiller+ExactTripleRepack`.)
    static func pairsMostIdleFirst(_ sides: [PairRepack.Side]) -> [(Int, Int)] {
        let order = sides.indices.filter { sides[$0].room > 0 }.sorted { (-sides[$0].idle, $0) < (-sides[$1].idle, $1) }
        return order.indices.flatMap { i in order[(i + 1)...].map { (order[i], $0) } }
    }

    /// `answer` made, and kept only if it lowers the month's shortfall by `minimumGain`, as it was
    /// scored to; otherwise the month is put back (a scoring bug must not make a plan worse). True when kept.
    mutating func makeIfItLowers(
        _ answer: ExactPairRepack.Answer, _ group: [Int], _ filled: inout [FilledSession], _ sides: [PairRepack.Side],
        exchange: inout SessionExchange, _ topicIndex: [String: Int]
    ) -> Bool {
        let before = shortfall()
        let month = (self, filled, exchange)
        make(answer, group, &filled, sides, exchange: &exchange, topicIndex)
        guard shortfall() <= before - minimumGain else {
            (self, filled, exchange) = month
            return false
        }
        return true
    }

    /// Every session's items out first, then the courses in: a course may move from one of them to another.
    mutating func make(
        _ answer: ExactPairRepack.Answer, _ group: [Int], _ filled: inout [FilledSession], _ sides: [PairRepack.Side],
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
