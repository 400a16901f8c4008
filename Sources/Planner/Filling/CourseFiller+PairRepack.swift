/// After the borrow trials: short sessions re-packed jointly with another session (`PairRepack`), the short
/// sessions with the most idle first, each with every other session, the most idle first. A pair re-pack that
/// lowers the month's shortfall by `SessionRepack.minimumGain` is made; then the sessions are re-packed one by
/// one again (`repack`), since the topics' deficits changed, and the pairs are searched again. Each step strictly
/// lowers the shortfall, so it ends; `searches` (`PlannerOptions.pairSearches`) bounds the month's work, and a
/// month with no shortfall left stops at once. Series episodes stay where they are, as in `repack`.
extension CourseFiller {
    /// `SessionRepack` searches a month's pair re-packs may make by default (`PlannerOptions.pairSearches`).
    static let defaultPairSearches = 64

    mutating func repackPairs(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches limit: Int
    ) {
        guard nodes > 0, limit > 0 else { return }
        var searches = limit
        while searches > 0 {
            let before = shortfall()
            guard before >= SessionRepack.minimumGain else { return }
            let sides = filled.map { session in
                let view = repackView(session, items: exchangeItems(session.items, topicIndex))
                return PairRepack.Side(room: view.room, movable: view.movable)
            }
            let pairs = PairRepack(self, exchange, nodes: nodes)
            guard let (s, d, answer) = pairs.first(sides, searches: &searches) else { return }
            let month = (self, filled, exchange)
            make(answer, short: s, other: d, &filled, sides, exchange: &exchange, topicIndex)
            // Made as scored; kept as it was should it not lower the shortfall (a scoring bug must not make a plan
            // worse).
            guard shortfall() <= before - SessionRepack.minimumGain else {
                (self, filled, exchange) = month
                return
            }
            repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
        }
    }

    /// Both sessions' items out first, then the courses in: a course may move from one of them to the other.
    private mutating func make(
        _ answer: PairRepack.Answer, short s: Int, other d: Int, _ filled: inout [FilledSession],
        _ sides: [PairRepack.Side], exchange: inout SessionExchange, _ topicIndex: [String: Int]
    ) {
        let outs = [
            (s, sides[s].movable.map(\.item).filter { !answer.shortKept.contains($0) }),
            (d, sides[d].movable.map(\.item).filter { !answer.otherKept.contains($0) }),
        ]
        for (session, removed) in outs {
            let items = exchangeItems(filled[session].items, topicIndex)
            apply(SessionExchange.Move(removed: removed, added: [], gain: 0, fill: 0), to: &filled[session], items: items, exchange: &exchange)
        }
        for (session, added) in [(s, answer.shortAdded), (d, answer.otherAdded)] {
            apply(SessionExchange.Move(removed: [], added: added, gain: 0, fill: 0), to: &filled[session], items: [], exchange: &exchange)
        }
    }
}

extension PairRepack {
    init(_ filler: CourseFiller, _ exchange: SessionExchange, nodes: Int) {
        var pieces: [Piece] = []
        var seconds = [Int](repeating: 0, count: filler.topics.count)
        for t in filler.topics.indices {
            // Best rank first within a length, as `CourseFiller.repackSession` offers them.
            for candidate in exchange.candidates(topic: t).reversed() where candidate.series < 0 {
                pieces.append(Piece(seconds: candidate.seconds, topic: t, course: candidate.course, item: -1))
                seconds[t] += candidate.seconds
            }
        }
        self.init(deficit: filler.deficits(), candidates: SessionRepack.longestFirst(pieces), candidateSeconds: seconds, nodes: nodes)
    }

    /// The first pair, short sessions with the most idle first and for each the other sessions with the most idle
    /// first, whose joint re-pack saves `SessionRepack.minimumGain`: (short, other, answer).
    func first(_ sides: [Side], searches: inout Int) -> (Int, Int, Answer)? {
        let lengths = candidates.map(\.seconds) + sides.flatMap { $0.movable.map(\.seconds) }
        guard let shortest = lengths.min(), shortest > 0 else { return nil }
        let order = sides.indices.sorted { (-sides[$0].idle, $0) < (-sides[$1].idle, $1) }
        for s in order where sides[s].room > 0 && sides[s].room < (Self.shortItems + 1) * shortest {
            for d in order where d != s && sides[d].room > 0 {
                guard searches > 0 else { return nil }
                if let answer = best(short: sides[s], other: sides[d], searches: &searches) { return (s, d, answer) }
            }
        }
        return nil
    }
}
