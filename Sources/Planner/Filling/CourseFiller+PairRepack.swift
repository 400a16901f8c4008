/// After the borrow trials: short sessions re-packed jointly with another session (`PairRepack`), the short
/// sessions with the most idle first, each with every other session, the most idle first. A pair re-pack that
/// lowers the month's shortfall by `minimumGain` is made; then the sessions are re-packed one by
/// one again (`repack`), since the topics' deficits changed, and the pairs are searched again. Each step strictly
/// lowers the shortfall, so it ends; `searches` (`PlannerOptions.pairSearches`) bounds the month's work, and a
/// month with no shortfall left stops at once. Series episodes stay where they are, as in `repack`.
extension CourseFiller {
    /// `SessionRepack` searches a month's pair re-packs may make by default (`PlannerOptions.pairSearches`).
    static let defaultPairSearches = 64

    mutating func repackPairs(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches limit: Int, kicks kickLimit: Int = 0
    ) {
        guard nodes > 0, limit > 0 else { return }
        var searches = limit
        // Kicks tried since the month last improved: the k-th tries the k-th pair a kick finds.
        var kicks = 0
        // Whether no pair re-pack lowers the shortfall as the month stands: a kick put back leaves it so.
        var stuck = false
        while searches > 0 {
            let before = shortfall()
            guard before - unreachableShortfall(exchange) >= withinReach else { return }
            if !stuck {
                if improvePair(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: &searches) { continue }
                stuck = true
            }
            guard kicks < kickLimit else { return }
            // No pair lowers the shortfall: fill a pair as full as it goes, whatever the topics, and let the
            // sessions re-pack one by one and in pairs around it; kept only when the month ends lower.
            let month = (self, filled, exchange)
            guard makePair(
                &filled, exchange: &exchange, topicIndex, nodes: nodes, searches: &searches, fillFirst: true, skipping: kicks)
            else { return }
            kicks += 1
            repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
            while searches > 0, improvePair(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: &searches) {}
            if shortfall() > before - minimumGain {
                (self, filled, exchange) = month
            } else {
                kicks = 0
            }
        }
    }

    /// After the short pairs and their kicks: pairs of two long sessions, with a budget of their own (this share
    /// of the month's pair searches), so the short pairs' path — and what it reached — is the same as without them.
    /// A long-only month (#11, #31, #1 of `optimum --shape awkward`) has nothing else that moves courses between
    /// sessions for topics alone.
    mutating func repackLongPairs(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches limit: Int
    ) {
        repeatWhileGainable(searches: limit / Self.longPairShare, nodes: nodes, &filled, &exchange) { filler, filled, exchange, searches in
            filler.improvePair(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: &searches, longPairs: true)
        }
    }

    /// The loop of a move with a budget of its own: made while its searches last and the month can still save a
    /// course's worth; `move` spends searches and answers false when it found nothing.
    mutating func repeatWhileGainable(
        searches: Int, nodes: Int, _ filled: inout [FilledSession], _ exchange: inout SessionExchange,
        move: (inout CourseFiller, inout [FilledSession], inout SessionExchange, inout Int) -> Bool
    ) {
        var searches = searches
        guard nodes > 0 else { return }
        while searches > 0, shortfall() - unreachableShortfall(exchange) >= withinReach,
              move(&self, &filled, &exchange, &searches) {}
    }

    /// Long pairs get this fraction of the month's pair searches: at 5,000 stations with 11 months of history half of
    /// them cost 2.5–5 s more CPU to plan and re-plan, an eighth nothing measurable (BENCHMARKS.md, eighth round).
    static let longPairShare = 8

    /// What no re-pack can save: each topic's deficit beyond all the unused courses of it the re-packs may take
    /// (a re-pack only moves items and takes those courses). A month within `withinReach` of it is at
    /// the best the re-packs can reach, so searching it is wasted; computing this is a sum over the topics.
    func unreachableShortfall(_ exchange: SessionExchange) -> Int {
        let deficit = deficits()
        return topics.indices.reduce(0) { total, t in
            let open = exchange.candidates(topic: t).reduce(0) { $0 + (offeredToRepacks($1) ? $1.seconds : 0) }
            return total + max(0, deficit[t] - open)
        }
    }

    /// A pair's searches look at this fraction of the re-pack's nodes: most contents tried find nothing.
    static let pairNodeShare = 2
    /// Kicks a month may try by default when no pair re-pack lowers its shortfall (`PlannerOptions.pairKicks`).
    static let defaultPairKicks = 1

    /// The first pair re-pack that lowers the shortfall, made, then the sessions re-packed one by one; false when
    /// there is none.
    private mutating func improvePair(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: inout Int, longPairs: Bool = false
    ) -> Bool {
        let before = shortfall()
        let month = (self, filled, exchange)
        guard makePair(
            &filled, exchange: &exchange, topicIndex, nodes: nodes, searches: &searches, fillFirst: false, longPairs: longPairs)
        else { return false }
        // Made as scored; kept as it was should it not lower the shortfall (a scoring bug must not make a plan
        // worse).
        guard shortfall() <= before - minimumGain else {
            (self, filled, exchange) = month
            return false
        }
        repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
        return true
    }

    /// Finds and makes the first pair re-pack that saves `minimumGain`: of shortfall, or with
    /// `fillFirst` of idle time whatever the topics.
    private mutating func makePair(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: inout Int, fillFirst: Bool, skipping: Int = 0, longPairs: Bool = false
    ) -> Bool {
        let sides = repackSides(filled, topicIndex)
        var pairs = PairRepack(self, exchange, nodes: max(1, nodes / Self.pairNodeShare), fillFirst: fillFirst)
        if longPairs { pairs.contentLimit = PairRepack.longContentVisits }
        guard let (s, d, answer) = pairs.first(sides, searches: &searches, skipping: skipping, longPairs: longPairs)
        else { return false }
        make(answer, short: s, other: d, &filled, sides, exchange: &exchange, topicIndex)
        return true
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
    /// With `fillFirst` every topic counts as open without end: what is saved is then the seconds filled.
    init(_ filler: CourseFiller, _ exchange: SessionExchange, nodes: Int, fillFirst: Bool = false) {
        let (pieces, seconds) = filler.repackCandidates(exchange)
        let deficit = fillFirst ? filler.topics.map { _ in Int(Int32.max) } : filler.deficits()
        self.init(deficit: deficit, candidates: pieces, candidateSeconds: seconds, nodes: nodes, minimumGain: filler.minimumGain)
        repackedAlone = true
    }

    /// The first pair, short sessions with the most idle first and for each the other sessions with the most idle
    /// first, whose joint re-pack saves `minimumGain`, after the first `skipping` such pairs:
    /// (short, other, answer).
    func first(_ sides: [Side], searches: inout Int, skipping: Int = 0, longPairs: Bool = false) -> (Int, Int, Answer)? {
        var skipped = 0
        let lengths = candidates.map(\.seconds) + sides.flatMap { $0.movable.map(\.seconds) }
        guard let shortest = lengths.min(), shortest > 0 else { return nil }
        let order = sides.indices.sorted { (-sides[$0].idle, $0) < (-sides[$1].idle, $1) }
        let isShort = sides.map { $0.room > 0 && $0.room < (Self.shortItems + 1) * shortest }
        let pairs: [(Int, Int)]
        if longPairs {
            // Two long sessions: the first one's contents of up to `shortItems` courses are enumerated as a short
            // session's are — not every content it could hold, but the moves of a few courses between the two
            // that a long-only month (no short session to pair) otherwise never tries.
            let long = order.filter { !isShort[$0] && sides[$0].room > 0 }
            pairs = long.flatMap { s in long.filter { $0 != s }.map { (s, $0) } }
        } else {
            pairs = order.filter { isShort[$0] }.flatMap { s in order.filter { $0 != s && sides[$0].room > 0 }.map { (s, $0) } }
        }
        for (s, d) in pairs {
            guard searches > 0 else { return nil }
            // A long pair's contents cost as much as a search even when none is worth searching: each pair tried
            // counts as one.
            if longPairs { searches -= 1 }
            guard let answer = best(short: sides[s], other: sides[d], searches: &searches) else { continue }
            if skipped == skipping { return (s, d, answer) }
            skipped += 1
        }
        return nil
    }
}
