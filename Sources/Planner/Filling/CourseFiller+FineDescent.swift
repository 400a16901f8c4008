/// After the kicks (issue 20, scope 4, fourteenth round): the first descent run again at the grain of a second, from
/// the month kept; kept only if lower.
///
/// Why: every move of the descents must save `SessionRepack.minimumGain` (30 s of shortfall, a minute of idle plus
/// deviation) to be made, and they stop within that of what no re-pack reaches. On awkward month #58 the short
/// sessions' fill of lowest bound, re-packed around, lowered the month from 94 s to 65 s — 29 s, so it was put back,
/// on every descent. Savings below the grain were thrown away all along the search, not only at its end: taken, they
/// open moves that save more. A 10-second grain for the descents themselves lowered the awkward 72 from 39.5 to
/// 21.6 min above the bound, but raised some months (paths differ: original #32 from 1.8 to 4.4 min above it) and
/// cost twice as much. Run after them at a 1-second grain, from the month they kept, one descent lowered the 72 to
/// 15.2 and can only lower a month (BENCHMARKS.md, fourteenth round).
///
/// A county's months are mostly within `SessionRepack.withinReach` of what no re-pack reaches after the first
/// descent; the fine descent runs on those too (they are rarely exactly there), and cost the 5,000-station plan
/// nothing measurable.
extension CourseFiller {
    /// Fine descents a month by default (`PlannerOptions.fineDescents`): the first descent alone. Measured at a
    /// 10-second grain, all four lowered the awkward 72 to 25.1 min above the bound against 26.0 for a third more
    /// time; a 1-second grain lowered them to 15.2.
    static let defaultFineDescents = 1

    mutating func descendFinely(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], budget: DescentBudget
    ) {
        guard budget.fineDescents > 0, budget.nodes > 0,
            shortfall() - unreachableShortfall(exchange) >= SessionRepack.fineGain
        else { return }
        let coarse = (filler: self, filled: filled, exchange: exchange)
        var kept = coarse
        for descent in Self.descents.prefix(budget.fineDescents) {
            (self, filled, exchange) = coarse
            (minimumGain, withinReach) = (SessionRepack.fineGain, SessionRepack.fineGain)
            // As after a kick: the month kept may come from a descent that leaves series' heads alone.
            seriesHeads = true
            reofferSeriesHeads(removed: [], &exchange)
            run(descent, &filled, exchange: &exchange, topicIndex, budget: budget)
            if shortfall() < kept.filler.shortfall(), !Self.repeatsACourse(filled) { kept = (self, filled, exchange) }
        }
        (self, filled, exchange) = kept
        (minimumGain, withinReach) = (SessionRepack.minimumGain, SessionRepack.withinReach)
    }
}
