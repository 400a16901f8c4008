/// The re-packs after the sweeps, run along several descents from the same month, the lowest month kept (issue 20,
/// scope 4, eleventh round).
///
/// Why: every re-pack the planner makes lowers the shortfall, so a descent ends at a month that no exact re-pack of
/// one session or of a pair can improve — a local optimum, and which one depends on the path taken. Giving one
/// descent more nodes found nothing more on the 48 awkward months of `yuanjiao-bench optimum` (its exact pairs
/// finish within their budget); running a second from the same start did: each descent ends lowest on different
/// months, and the lower of two is well below either (BENCHMARKS.md, eleventh round).
///
/// The first descent makes, at each step, the pair re-pack that saves the most (`ExactPairOrder.steepest`); alone it
/// ends lower than the tenth round's planner on both awkward sets, for less time. The second is that planner
/// (borrowing first): with it the original 32 months end lower too, where exact pairs in another order did not
/// (#24, #32). Each starts from the month as the sweeps left it; the lowest shortfall is kept, the earlier descent
/// on a tie, so a plan is the same on every run. A later descent is skipped when the month kept is within
/// `withinReach` of what no re-pack can reach (`unreachableShortfall`), which is most months of a real
/// county: at 5,000 stations planning took no longer than with one descent.
extension CourseFiller {
    /// One descent: which moves run, in what order.
    enum Descent: Sendable {
        /// The series re-sequenced, then exact pairs in `order`, exact triples and the short sessions' fills,
        /// nothing borrowed.
        case exactPairs(ExactPairOrder)
        /// Borrowing a course (`borrow`) and the pair searches with kicks (`repackPairs`, `repackLongPairs`) before
        /// the rest: the planner of the tenth round.
        case borrowingFirst

        /// Whether the re-packs may start a series and move or end a series' lone episode (`seriesHeads`). The
        /// exact pairs' descents do; the tenth round's path keeps the series as the sweeps left them, so the two
        /// default descents end at different months on the series months too (BENCHMARKS.md, twelfth round).
        var takesSeriesHeads: Bool {
            if case .exactPairs = self { return true }
            return false
        }
    }

    /// The descents in the order the planner runs them (`PlannerOptions.descents` says how many). Since the exact
    /// pairs' descents take series' episodes (twelfth round), the third and fourth lower the unseen 72's summed gap
    /// to the bound from 48.5 to 41.6 minutes. They cost about 80 % more on those hardest months, and nothing
    /// measurable at 5,000 stations, whose months are within reach after the first (BENCHMARKS.md).
    static let descents: [Descent] = [
        .exactPairs(.steepest), .borrowingFirst, .exactPairs(.mostIdleFirst), .exactPairs(.leastIdleFirst),
    ]
    /// Descents a month by default (`PlannerOptions.descents`): all four.
    static let defaultDescents = 4

    /// The options the descents search within (`PlannerOptions`).
    struct DescentBudget {
        let nodes: Int
        let borrowTrials: Int
        let pairSearches: Int
        let pairKicks: Int
        let shortFillTrials: Int
        var seriesKicks = 0
        var fineDescents = 0
    }

    mutating func descend(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int],
        budget: DescentBudget, descents: [Descent]
    ) {
        let start = (self, filled, exchange)
        var kept: (filler: CourseFiller, filled: [FilledSession], exchange: SessionExchange)?
        for descent in descents {
            if let kept {
                guard kept.filler.shortfall() - kept.filler.unreachableShortfall(kept.exchange) >= withinReach
                else { break }
                (self, filled, exchange) = start
            }
            // The offers are already the month's heads: the first re-pack offered them and every move since kept them.
            seriesHeads = descent.takesSeriesHeads
            run(descent, &filled, exchange: &exchange, topicIndex, budget: budget)
            if let kept, kept.filler.shortfall() <= shortfall() { continue }
            kept = (self, filled, exchange)
        }
        if let kept { (self, filled, exchange) = kept }
        kickSeries(&filled, exchange: &exchange, topicIndex, budget: budget)
        descendFinely(&filled, exchange: &exchange, topicIndex, budget: budget)
        // A course twice in the month is a bug in a move, never a trade-off: the month goes back to the sweeps'
        // (and a debug build stops, so the tests find it).
        if Self.repeatsACourse(filled) {
            assertionFailure("a descent put a course in the month twice")
            (self, filled, exchange) = start
        }
    }

    static func repeatsACourse(_ filled: [FilledSession]) -> Bool {
        var seen = Set<Int64>()
        return filled.contains { session in session.items.contains { !seen.insert($0.id).inserted } }
    }

    mutating func run(
        _ descent: Descent, _ filled: inout [FilledSession], exchange: inout SessionExchange,
        _ topicIndex: [String: Int], budget: DescentBudget
    ) {
        let nodes = budget.nodes, searches = budget.pairSearches
        var order = ExactPairOrder.mostIdleFirst, borrowTrials = 0
        switch descent {
        case .borrowingFirst:
            borrowTrials = budget.borrowTrials
            borrow(&filled, exchange: &exchange, topicIndex, nodes: nodes, trials: borrowTrials)
            repackPairs(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches, kicks: budget.pairKicks)
            repackLongPairs(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches)
        case .exactPairs(let pairOrder):
            order = pairOrder
        }
        resequenceSeries(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches)
        repackPairsExactly(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches, order: order)
        repackTriplesExactly(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches, order: order)
        refillShortSessions(
            &filled, exchange: &exchange, topicIndex, nodes: nodes, borrowTrials: borrowTrials, pairSearches: searches,
            trials: budget.shortFillTrials, order: order)
    }
}
