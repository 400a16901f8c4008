/// Last of the moves (issue 20, scope 4, tenth round): the short sessions given the joint fill whose bound is
/// lowest, and the long sessions refilled around it.
///
/// Why: every earlier move changes one, two or three sessions at a time, each step lowering the shortfall, so the
/// short sessions (room for at most three courses) keep the fill the greedy pass gave them when no single step
/// away from it pays. `ShortfallBound.bestShortFills` bounds every fill of them from below: on awkward month #30
/// (four 30-minute sessions, one course each) the planner's fill cannot end below 364 s of shortfall however the
/// 90-minute sessions are filled, while another fill's bound is 238 s — and the solver, given that fill, found
/// 327 s where the planner's month had 435. So each of the fills of lowest bound is made outright (a course it
/// takes from a long session leaves that session), pinned there, and the month re-packed around it — each session
/// exactly, with a course borrowed from another (`borrow`), in exact pairs (`repackPairsExactly`) and triples
/// (`repackTriplesExactly`, eleventh round: #7, #12, #26 and #32 gained only from triples here): a kick to
/// another fill, then local search (the short pairs and long pairs, run as well, found nothing more there). The
/// month is kept only if its shortfall ends `minimumGain` lower; otherwise it is put back as it was,
/// so no month ends worse. Series episodes stay where they are.
///
/// Measured (BENCHMARKS.md, issue 20 tenth round): the kick pays even where the fill's bound is barely lower than
/// the month's own fill's, so fills are not gated on it; emptying the long sessions and refilling them jointly
/// instead ended worse than the month on #30 (895 s), and re-packing without the pin undid the fill.
extension CourseFiller {
    /// Fills tried a month by default (`PlannerOptions.shortFillTrials`): one found less on the 48 awkward months
    /// (planner − bound summed: 96.4 min against 93.7), four a little more (92.6) for 40 % more time.
    static let defaultShortFillTrials = 2
    /// Steps the search over the short sessions' fills may take a month (the benchmark's bound takes 400,000);
    /// a month with more fills than that tries the lowest it saw (awkward #72, six short sessions: 9.2 → 8.0 min).
    static let shortFillSteps = 20_000

    mutating func refillShortSessions(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        borrowTrials: Int, pairSearches: Int, trials: Int, order: ExactPairOrder = .mostIdleFirst
    ) {
        guard nodes > 0, trials > 0, shortfall() - unreachableShortfall(exchange) >= withinReach else { return }
        let sides = repackSides(filled, topicIndex)
        // The bound's courses: every movable item and every unused course; its quotas: the deficits with the
        // movable items out.
        let pieces = sides.flatMap(\.movable) + repackCandidates(exchange).pieces
        var open = deficits()
        for piece in sides.flatMap(\.movable) { open[piece.topic] += piece.seconds }
        guard let found = ShortfallBound.bestShortFills(
            sessionSeconds: sides.map(\.room), courses: pieces.map { (seconds: $0.seconds, topic: $0.topic) },
            quotaSeconds: open.map { max(0, $0) }, count: trials, fillBudget: Self.shortFillSteps, partial: true)
        else { return }
        // The month's own fill, as the search lists one, is not tried: re-packing around it is what ran before.
        let own = found.short.map { s in Set(sides[s].movable.map(\.course)) }
        for fill in found.fills where fill.bound <= shortfall() - minimumGain
            && fill.contents.map({ Set($0.map { pieces[$0].course }) }) != own {
            let before = shortfall()
            let month = (self, filled, exchange)
            makeShortFill(fill.contents, found.short, pieces, &filled, sides, exchange: &exchange, topicIndex)
            pinned = Set(fill.contents.joined().map { pieces[$0].course })
            repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
            borrow(&filled, exchange: &exchange, topicIndex, nodes: nodes, trials: borrowTrials)
            repackPairsExactly(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: pairSearches, order: order)
            repackTriplesExactly(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: pairSearches, order: order)
            pinned = []
            if shortfall() <= before - minimumGain { return }
            (self, filled, exchange) = month
        }
    }

    /// The short sessions emptied and given `contents` (indices into `pieces`); a course the fill takes from a long
    /// session leaves it, and the long session is left for the re-packs to fill.
    private mutating func makeShortFill(
        _ contents: [[Int]], _ short: [Int], _ pieces: [SessionRepack.Piece], _ filled: inout [FilledSession],
        _ sides: [PairRepack.Side], exchange: inout SessionExchange, _ topicIndex: [String: Int]
    ) {
        let taken = Set(contents.joined().map { pieces[$0].course })
        let shortSessions = Set(short)
        for s in filled.indices {
            let out = sides[s].movable.filter { shortSessions.contains(s) || taken.contains($0.course) }.map(\.item)
            guard !out.isEmpty else { continue }
            let items = exchangeItems(filled[s].items, topicIndex)
            apply(SessionExchange.Move(removed: out, added: [], gain: 0, fill: 0), to: &filled[s], items: items, exchange: &exchange)
        }
        for (j, s) in short.enumerated() {
            let added = contents[j].map { (course: pieces[$0].course, topic: pieces[$0].topic) }
            apply(SessionExchange.Move(removed: [], added: added, gain: 0, fill: 0), to: &filled[s], items: [], exchange: &exchange)
        }
    }
}
