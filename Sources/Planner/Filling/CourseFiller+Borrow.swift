/// After the re-pack: a session re-packed with one course borrowed from another session, which is then re-packed
/// in turn (issue 20, scope 4). The re-pack sees one session with the others fixed, so the few short courses that
/// fill a 30-minute session to the second stay where the greedy put them — in a 90-minute session, which other
/// courses could fill as well; `yuanjiao-bench optimum` found months 7 minutes off the proven optimum for that alone.
///
/// A borrow is kept only when it lowers the month's shortfall by at least `SessionRepack.minimumGain`, so the pass
/// strictly improves and ends. Bounded: at most `trials` trials a month (`PlannerOptions.borrowTrials`), the
/// sessions with the most idle first and, for each, the other sessions' movable items shortest first (short courses
/// are the scarce fillers). Series episodes are never borrowed. A trial costs two re-packs on copies of the filler:
/// 48 trials a month found 7 borrows on 24 awkward months but added about 1 ms of CPU a station-month at 5,000
/// stations (BENCHMARKS.md, issue 20, fourth round), so the planner makes none by default.
extension CourseFiller {
    /// A trial's two re-packs search this fraction of the re-pack's nodes: most trials find nothing.
    static let borrowNodeShare = 8

    mutating func borrow(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        trials limit: Int
    ) {
        guard nodes > 0, limit > 0 else { return }
        var trials = 0
        let trialNodes = max(1, nodes / Self.borrowNodeShare)
        var improved = true
        while improved, trials < limit, shortfall() >= SessionRepack.minimumGain {
            improved = false
            let before = shortfall()
            search: for s in sessionsByIdle(filled) {
                for donor in donors(to: s, filled, topicIndex) {
                    guard trials < limit else { return }
                    trials += 1
                    var trial = self, trialFilled = filled, trialExchange = exchange
                    let items = trial.exchangeItems(trialFilled[donor.session].items, topicIndex)
                    let lend = SessionExchange.Move(removed: [donor.item], added: [], gain: 0, fill: 0)
                    trial.apply(lend, to: &trialFilled[donor.session], items: items, exchange: &trialExchange)
                    guard trial.repackSession(&trialFilled[s], exchange: &trialExchange, topicIndex, nodes: trialNodes) else {
                        continue
                    }
                    _ = trial.repackSession(&trialFilled[donor.session], exchange: &trialExchange, topicIndex, nodes: trialNodes)
                    if trial.shortfall() <= before - SessionRepack.minimumGain {
                        (self, filled, exchange) = (trial, trialFilled, trialExchange)
                        improved = true
                        break search
                    }
                }
            }
        }
    }

    /// The month's shortfall: seconds each topic is under its quota, summed.
    func shortfall() -> Int {
        deficits().reduce(0) { $0 + max(0, $1) }
    }

    private func sessionsByIdle(_ filled: [FilledSession]) -> [Int] {
        let idle = filled.map { $0.slot.minutes * 60 - $0.items.reduce(0) { $0 + $1.durationSeconds } }
        return filled.indices.sorted { idle[$0] != idle[$1] ? idle[$0] > idle[$1] : $0 < $1 }
    }

    /// The items of other sessions that could go into session `s` (movable, not in a series, no longer than the
    /// room its own movable items leave), shortest first.
    private func donors(
        to s: Int, _ filled: [FilledSession], _ topicIndex: [String: Int]
    ) -> [(seconds: Int, session: Int, item: Int)] {
        let fixed = exchangeItems(filled[s].items, topicIndex).reduce(0) { $0 + ($1.movable ? 0 : $1.seconds) }
        let room = filled[s].slot.minutes * 60 - fixed
        var result: [(seconds: Int, session: Int, item: Int)] = []
        for d in filled.indices where d != s {
            for (i, item) in exchangeItems(filled[d].items, topicIndex).enumerated()
            where item.movable && item.series < 0 && item.seconds <= room {
                result.append((item.seconds, d, i))
            }
        }
        return result.sorted { ($0.seconds, $0.session, $0.item) < ($1.seconds, $1.session, $1.item) }
    }
}
