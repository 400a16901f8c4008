/// After the re-pack: a session re-packed with one course borrowed from another session, which is then re-packed
/// in turn (issue 20, scope 4). The re-pack sees one session with the others fixed, so the few short courses that
/// fill a 30-minute session to the second stay where the greedy put them — in a 90-minute session, which other
/// courses could fill as well; `yuanjiao-bench optimum` found months 7 minutes off the proven optimum for that alone.
///
/// A borrow is kept only when it lowers the month's shortfall by at least `minimumGain`, so the pass
/// strictly improves and ends. Bounded: at most `trials` trials a month (`PlannerOptions.borrowTrials`), the
/// sessions with the most idle first and, for each, the other sessions' movable items shortest first (short courses
/// are the scarce fillers). Series episodes are never borrowed. Trials are scored on the month's figures alone
/// (`BorrowTrials`): in the fourth round each trial re-packed copies of the filler and worded their items, which
/// cost 0.4 ms of CPU a station-month at 5,000 stations, so borrowing was off by default.
extension CourseFiller {
    /// A trial's two re-packs search this fraction of the re-pack's nodes: most trials find nothing.
    static let borrowNodeShare = 2
    /// Trials a month by default (`PlannerOptions.borrowTrials`).
    static let defaultBorrowTrials = 48

    mutating func borrow(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        trials limit: Int
    ) {
        guard nodes > 0, limit > 0 else { return }
        var trials = 0
        let trialNodes = max(1, nodes / Self.borrowNodeShare)
        while trials < limit {
            let before = shortfall()
            guard before >= withinReach,
                let found = BorrowTrials(self, filled, exchange, topicIndex, nodes: trialNodes).first(trials: &trials, limit: limit)
            else { return }
            // The trial scored, now made: the same lend and re-packs see the same pieces, so they give the same
            // answers. Kept as it was should they not (a scoring bug must not make a plan worse).
            let month = (self, filled, exchange)
            let items = exchangeItems(filled[found.donor].items, topicIndex)
            let lend = SessionExchange.Move(removed: [found.item], added: [], gain: 0, fill: 0)
            apply(lend, to: &filled[found.donor], items: items, exchange: &exchange)
            _ = repackSession(&filled[found.session], exchange: &exchange, topicIndex, nodes: trialNodes)
            _ = repackSession(&filled[found.donor], exchange: &exchange, topicIndex, nodes: trialNodes)
            guard shortfall() <= before - minimumGain else {
                (self, filled, exchange) = month
                return
            }
        }
    }

    /// The month's shortfall: seconds each topic is under its quota, summed.
    func shortfall() -> Int {
        deficits().reduce(0) { $0 + max(0, $1) }
    }
}
