/// After the descents (issue 20, scope 4, thirteenth round): a series carried two or three episodes further at once,
/// whatever that costs the month at first, and the month descended again from there; kept only if it ends lower.
///
/// Why: every move of the descents lowers the shortfall, so none can play a series' next episodes where they
/// displace better-fitting courses first and pay off only once the sessions around them are re-packed. HiGHS'
/// better months on the awkward set do that: a series' later episodes (900 s beside 900 s) fill 30-minute sessions
/// once its first episodes play in the long sessions before them. Making such a chain only where it lowered the month
/// at once, with the sessions it touched re-packed exactly, found nothing on the 48 awkward months; descending
/// after it (this kick) lowered three of them by 0.1–0.6 min (BENCHMARKS.md, thirteenth round).
///
/// Each series that may go on this month gives one chain, its next episodes (at most `chainEpisodes`), placed in
/// the sessions, in date order from its latest episode's, where the month is least short once room is made for
/// them; the `PlannerOptions.seriesKicks` chains that leave it least short are tried, each from the lowest month so
/// far, with the first descent (`exactPairs(.steepest)`).
extension CourseFiller {
    /// Episodes a chain carries a series at most.
    static let chainEpisodes = 3
    /// Kicks a month may try by default (`PlannerOptions.seriesKicks`).
    static let defaultSeriesKicks = 3
    /// Series entries looked at per topic: the best-ranked, as the balance pass offers them, so a catalogue of
    /// hundreds of series costs no more than one of a few.
    static let kickSeriesScan = 16

    /// One series' next episodes, in order, with the topic each counts toward, and the session of the series' latest
    /// episode in the month (0 when none): the chain starts there or later.
    struct Chain {
        let episodes: [(course: Int32, topic: Int, seconds: Int)]
        let from: Int
    }

    mutating func kickSeries(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], budget: DescentBudget
    ) {
        // Most months of a county are within reach after the first descent: they pay nothing for the kicks.
        guard budget.seriesKicks > 0, budget.nodes > 0, seriesLists.contains(where: { !$0.isEmpty }),
            shortfall() - unreachableShortfall(exchange) >= withinReach
        else { return }
        var lowest = (filler: self, filled: filled, exchange: exchange)
        // The month kept may come from a descent that leaves series' heads alone: offered afresh, as a kick needs.
        seriesHeads = true
        reofferSeriesHeads(removed: [], &exchange)
        var kicks: [(shortfall: Int, chain: Chain, placement: [Int])] = []
        let deficit = deficits()
        let sessions = filled.map { session in
            (room: session.slot.minutes * 60 - session.items.reduce(0) { $0 + $1.durationSeconds },
             items: exchangeItems(session.items, topicIndex).filter { $0.movable && $0.series < 0 })
        }
        for chain in seriesChains(filled) {
            var least: (shortfall: Int, placement: [Int])?
            for placement in Self.placements(of: chain.episodes.count, from: chain.from, sessions: filled.count) {
                guard let shortfall = Self.shortfall(kicking: chain, placement, sessions, deficit) else { continue }
                if shortfall < least?.shortfall ?? .max { least = (shortfall, placement) }
            }
            if let least { kicks.append((least.shortfall, chain, least.placement)) }
        }
        // Sorted stably: the earlier series (topic, then rank) first on a tie, so a plan is the same on every run.
        for (_, chain, placement) in kicks.enumerated()
            .sorted(by: { ($0.element.shortfall, $0.offset) < ($1.element.shortfall, $1.offset) })
            .prefix(budget.seriesKicks).map(\.element)
        {
            guard lowest.filler.shortfall() - lowest.filler.unreachableShortfall(lowest.exchange) >= withinReach
            else { break }
            (self, filled, exchange) = lowest
            seriesHeads = true
            reofferSeriesHeads(removed: [], &exchange)
            // Against the lowest month, not the one the kicks were chosen on: one kept may leave no room for another.
            guard kick(chain, placement, &filled, exchange: &exchange, topicIndex) else { continue }
            run(.exactPairs(.steepest), &filled, exchange: &exchange, topicIndex, budget: budget)
            if shortfall() < lowest.filler.shortfall(), !Self.repeatsACourse(filled) { lowest = (self, filled, exchange) }
        }
        (self, filled, exchange) = lowest
    }

    /// Each series' next episodes as the month stands, one chain per series that may go on this month and
    /// that has two or more to play.
    func seriesChains(_ filled: [FilledSession]) -> [Chain] {
        let latest = latestSessions(filled)
        var seen = Set<Int32>()
        var chains: [Chain] = []
        for t in topics.indices {
            for entry in seriesLists[t].prefix(Self.kickSeriesScan) where entry < 0 {
                let series = -(entry + 1)
                guard seen.insert(series).inserted, laterFirst[series] == nil else { continue }
                // The episodes after one another, as `take` would resolve them, on a copy of where the series stands.
                var scratch = self
                var episodes: [(course: Int32, topic: Int, seconds: Int)] = []
                while episodes.count < Self.chainEpisodes, let next = scratch.resolve(entry), !next.restarted {
                    let course = pool.courses[Int(next.course)]
                    guard let topic = course.topics.contains(where: { $0.id == topics[t] })
                        ? t : topics.firstIndex(where: { id in course.topics.contains { $0.id == id } })
                    else { break }
                    scratch.used.insert(next.course)
                    scratch.progress[series] = SeriesMark(
                        episode: course.series?.episode ?? 0, date: filled[filled.count - 1].slot.date, inMonth: true)
                    episodes.append((next.course, topic, course.durationSeconds))
                }
                if episodes.count >= 2 { chains.append(Chain(episodes: episodes, from: latest[series] ?? 0)) }
            }
        }
        return chains
    }

    /// Where a chain's episodes may go: one session each, in date order from `from`, the same session for several
    /// allowed, two sessions at least (a chain in one session is what a single session's re-pack may find).
    static func placements(of count: Int, from: Int, sessions: Int) -> [[Int]] {
        var result: [[Int]] = []
        func extend(_ prefix: [Int]) {
            guard prefix.count < count else {
                if Set(prefix).count >= 2 { result.append(prefix) }
                return
            }
            for s in (prefix.last ?? from)..<sessions { extend(prefix + [s]) }
        }
        extend([])
        return result
    }

    /// The chain's episodes put in, after what each session holds (the series' latest episode included), and room
    /// made for them (`itemToTakeOut`) until each session fits. False, with the month half changed, when a session
    /// cannot make room (its other items may not move).
    mutating func kick(
        _ chain: Chain, _ placement: [Int], _ filled: inout [FilledSession], exchange: inout SessionExchange,
        _ topicIndex: [String: Int]
    ) -> Bool {
        for (episode, s) in zip(chain.episodes, placement) {
            apply(SessionExchange.Move(removed: [], added: [(episode.course, episode.topic)], gain: 0, fill: 0),
                  to: &filled[s], items: [], exchange: &exchange)
        }
        for s in Set(placement) {
            while true {
                let over = filled[s].items.reduce(0) { $0 + $1.durationSeconds } - filled[s].slot.minutes * 60
                guard over > 0 else { break }
                let items = exchangeItems(filled[s].items, topicIndex)
                let movable = items.indices.filter { items[$0].movable && items[$0].series < 0 }
                guard let out = Self.itemToTakeOut(movable.map { items[$0] }, over: over).map({ movable[$0] }) else { return false }
                apply(SessionExchange.Move(removed: [out], added: [], gain: 0, fill: 0), to: &filled[s], items: items, exchange: &exchange)
            }
        }
        return true
    }

    /// Which item makes room for `over` seconds: the shortest that makes enough, or else the longest.
    static func itemToTakeOut(_ items: [SessionExchange.Item], over: Int) -> Int? {
        items.indices.filter { items[$0].seconds >= over }.min { items[$0].seconds < items[$1].seconds }
            ?? items.indices.max { items[$0].seconds < items[$1].seconds }
    }

    /// The month's shortfall right after `kick`, worked out from each session's free seconds and movable items
    /// alone (nil when a session cannot make room): kicks are chosen among hundreds of placements a month.
    static func shortfall(
        kicking chain: Chain, _ placement: [Int], _ sessions: [(room: Int, items: [SessionExchange.Item])], _ deficit: [Int]
    ) -> Int? {
        var deficit = deficit
        var over: [Int: Int] = [:]
        for (episode, s) in zip(chain.episodes, placement) {
            deficit[episode.topic] -= episode.seconds
            over[s, default: -sessions[s].room] += episode.seconds
        }
        for (s, seconds) in over {
            var items = sessions[s].items
            var left = seconds
            while left > 0 {
                guard let out = itemToTakeOut(items, over: left) else { return nil }
                deficit[items[out].topic] += items[out].seconds
                left -= items[out].seconds
                items.remove(at: out)
            }
        }
        return deficit.reduce(0) { $0 + max(0, $1) }
    }
}
