/// A local improvement pass after the greedy fill: the greedy takes courses by rank and leaves topics off their
/// share and sessions with idle minutes (measured against the integer-programming optimum by
/// `yuanjiao-bench optimum`). Each round sweeps the sessions in order and makes in each the best exchange with the
/// unused courses (`SessionExchange`: up to two items out, up to two courses in). When a sweep changes nothing,
/// a relocation between two sessions (`relocate`) gives the exchange room to work with, and sweeping goes on.
///
/// Deterministic (sessions in order; ties to the earliest removal set, topic and shortest-first candidate) and
/// bounded: `balanceCandidates` best-ranked courses per topic, at most `balanceRounds` rounds, and every move
/// strictly lowers (shortfall, idle), so it cannot cycle. Series keep their order (`CourseFiller+SeriesBalance`):
/// only a series' latest episode in the month may go out, only its next episode may come in, and only into a
/// session no earlier than the one holding the episode before; series episodes never trade places between
/// sessions. Nothing used, seen or excluded comes in, so no repeats.
extension CourseFiller {
    typealias FilledSession = (slot: SessionSlot, items: [PlannedItem])

    static let balanceRounds = 8
    static let balanceCandidates = 48

    mutating func rebalance(
        _ filled: inout [FilledSession], repackNodes: Int = SessionRepack.defaultNodeBudget, borrowTrials: Int = 0,
        pairSearches: Int = 0, pairKicks: Int = 0, shortFillTrials: Int = 0,
        descents: [Descent] = [.borrowingFirst], seriesKicks: Int = 0, fineDescents: Int = 0
    ) {
        let topicIndex = Dictionary(topics.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var exchange = SessionExchange(candidates: exchangeCandidates())
        var series = SeriesOffer(active: seriesLists.contains { !$0.isEmpty })
        if series.active { series.latestSession = latestSessions(filled) }
        defer { restateReasons(&filled, topicIndex) }
        for _ in 0..<Self.balanceRounds {
            var changed = false
            for s in filled.indices {
                refresh(&series, &exchange)
                let items = exchangeItems(filled[s].items, topicIndex, latestSession: series.latestSession, session: s)
                let free = filled[s].slot.minutes * 60 - items.reduce(0) { $0 + $1.seconds }
                guard let move = exchange.best(items: items, free: free, deficit: deficits(), session: s) else { continue }
                let touched = apply(move, to: &filled[s], items: items, exchange: &exchange)
                for x in touched.removed { series.latestSession[x] = restoreProgress(series: x, filled) }
                for x in touched.added { series.latestSession[x] = s }
                if !touched.removed.isEmpty || !touched.added.isEmpty { series.stale = true }
                changed = true
            }
            if !changed {
                guard relocate(&filled, exchange: &exchange, topicIndex) else { break }
            }
        }
        seriesHeads = true
        reofferSeriesHeads(removed: [], &exchange)
        repack(&filled, exchange: &exchange, topicIndex, nodes: repackNodes)
        let budget = DescentBudget(
            nodes: repackNodes, borrowTrials: borrowTrials, pairSearches: pairSearches, pairKicks: pairKicks,
            shortFillTrials: shortFillTrials, seriesKicks: seriesKicks, fineDescents: fineDescents)
        descend(&filled, exchange: &exchange, topicIndex, budget: budget, descents: descents)
    }

    /// Each topic's quota minus its used seconds.
    func deficits() -> [Int] {
        topics.indices.map { quotaMinutes[$0] * 60 - usedSeconds[$0] }
    }

    /// The session's items as the exchange sees them: items of other topics stay put, and a series episode may
    /// go out only when it is its series' latest in the month (the last of its series in this session, which
    /// `latestSession` names as the series' latest; without it none may) and no later stored month continues it.
    func exchangeItems(
        _ items: [PlannedItem], _ topicIndex: [String: Int], latestSession: [Int32: Int] = [:], session: Int = -1
    ) -> [SessionExchange.Item] {
        var result: [SessionExchange.Item] = []
        result.reserveCapacity(items.count)
        var laterInSession = Set<Int32>()
        for item in items.reversed() {
            guard let topic = topicIndex[item.topic], let course = pool.indexByID[item.id] else {
                result.append(SessionExchange.Item(seconds: item.durationSeconds, topic: 0, movable: false))
                continue
            }
            let series = pool.seriesOfCourse[Int(course)]
            let movable = !pinned.contains(course) && (series < 0
                || (latestSession[series] == session && laterInSession.insert(series).inserted && laterFirst[series] == nil))
            result.append(SessionExchange.Item(seconds: item.durationSeconds, topic: topic, movable: movable, series: series))
        }
        return result.reversed()
    }

    /// Takes the move's items out and its courses in, after the items that stay (items play back to back from
    /// the session's start); the courses taken out may come in again later, those put in no longer can. Returns
    /// the series an episode of went out (their progress is restored by the caller) and those one came in of.
    @discardableResult
    mutating func apply(
        _ move: SessionExchange.Move, to session: inout FilledSession, items: [SessionExchange.Item],
        exchange: inout SessionExchange
    ) -> (removed: [Int32], added: [Int32]) {
        var removedSeries: [Int32] = []
        for i in move.removed.sorted(by: >) {
            let item = session.items.remove(at: i)
            usedSeconds[items[i].topic] -= item.durationSeconds
            guard let course = pool.indexByID[item.id] else { continue }
            used.remove(course)
            // An episode comes back only as its series' next episode (`SeriesOffer`), never from the fixed lists.
            if items[i].series >= 0 {
                removedSeries.append(items[i].series)
                monthEpisodes[items[i].series, default: 1] -= 1
            } else {
                exchange.insert(course: course, seconds: items[i].seconds, topic: items[i].topic)
            }
        }
        var addedSeries: [Int32] = []
        for (course, topic) in move.added {
            session.items.append(take(makePick(course, restarted: false, topic: topic), on: session.slot.date, at: 0))
            exchange.remove(course: course)
            if pool.seriesOfCourse[Int(course)] >= 0 { addedSeries.append(pool.seriesOfCourse[Int(course)]) }
        }
        Self.packFromStart(&session.items)
        if seriesHeads, !removedSeries.isEmpty || !addedSeries.isEmpty { reofferSeriesHeads(removed: removedSeries, &exchange) }
        return (removedSeries, addedSeries)
    }

    static func packFromStart(_ items: inout [PlannedItem]) {
        var offset = 0
        for k in items.indices {
            items[k].startOffset = offset
            offset += items[k].durationSeconds
        }
    }

    /// Per topic, the best-ranked courses that may still come in (not in a series), shortest first.
    mutating func exchangeCandidates() -> [[SessionExchange.Candidate]] {
        topics.indices.map { t in
            candidates(topic: t, fitting: Int.max, count: Self.balanceCandidates).enumerated()
                .filter { !$0.element.restarted && pool.seriesOfCourse[Int($0.element.course)] < 0 }
                .map { (rank: $0.offset, course: SessionExchange.Candidate(
                    course: $0.element.course, seconds: pool.courses[Int($0.element.course)].durationSeconds)) }
                .sorted { $0.course.seconds != $1.course.seconds ? $0.course.seconds < $1.course.seconds : $0.rank > $1.rank }
                .map(\.course)
        }
    }
}
