/// Series in the balance pass. A series plays in episode order, so the pass may only end it earlier (take its
/// latest episode in the month out) or carry it further (put its next episode in, in a session no earlier than
/// the one holding the episode before). Without this, a month rich in series kept every idle minute its
/// episodes left (`yuanjiao-bench optimum`, the series instances).
extension CourseFiller {
    /// Whether the series' next episodes the exchange offers must be recomputed (after a move put an episode in
    /// or took one out: `stale`), and the session holding each series' latest episode in the month (kept up to
    /// date by the pass: only its own moves put episodes in or take them out; relocations never move episodes).
    struct SeriesOffer {
        let active: Bool
        var stale = true
        var latestSession: [Int32: Int] = [:]

        init(active: Bool) { self.active = active }
    }

    /// Series entries looked at per topic: the best-ranked ones, so a catalogue of many finished series costs
    /// no more than one of a few.
    private static let seriesScanLimit = 32
    /// Series' next episodes offered per topic.
    private static let seriesCandidates = 16

    /// Puts each series' next episode on offer in the exchange, under every topic whose list holds the series and
    /// that the episode has,
    /// not before the session of the episode it follows.
    func refresh(_ offer: inout SeriesOffer, _ exchange: inout SessionExchange) {
        guard offer.active, offer.stale else { return }
        var next: [(candidate: SessionExchange.Candidate, topic: Int)] = []
        for t in topics.indices {
            var offered = 0
            for entry in seriesLists[t].prefix(Self.seriesScanLimit) where offered < Self.seriesCandidates {
                guard let resolved = resolve(entry), !resolved.restarted else { continue }
                // Offered only under a topic the episode itself has: it counts toward that topic when taken.
                guard pool.courses[Int(resolved.course)].topics.contains(where: { $0.id == topics[t] }) else { continue }
                offered += 1
                let series = pool.seriesOfCourse[Int(resolved.course)]
                next.append((SessionExchange.Candidate(
                    course: resolved.course, seconds: pool.courses[Int(resolved.course)].durationSeconds,
                    series: series, earliestSession: offer.latestSession[series] ?? 0,
                    startsSeries: offer.latestSession[series] == nil), t))
            }
        }
        exchange.replaceSeriesCandidates(with: next)
        offer.stale = false
    }

    /// After a re-pack put a series' episode in or took its lone episode out: the series' next episodes offered
    /// afresh, as heads only where the series has no episode left in the month (`monthEpisodes`), and a series
    /// emptied stands where it stood before the month. The re-packs take nothing else of a series.
    mutating func reofferSeriesHeads(removed: [Int32], _ exchange: inout SessionExchange) {
        for x in removed where monthEpisodes[x, default: 0] == 0 { progress[x] = progressBeforeMonth[x] }
        var offer = SeriesOffer(active: true)
        for (x, count) in monthEpisodes where count > 0 { offer.latestSession[x] = 0 }
        refresh(&offer, &exchange)
    }

    /// The session of each series' latest episode in the month (sessions are in date order).
    func latestSessions(_ filled: [FilledSession]) -> [Int32: Int] {
        var latest: [Int32: Int] = [:]
        for (s, session) in filled.enumerated() {
            for item in session.items {
                guard let course = pool.indexByID[item.id] else { continue }
                let series = pool.seriesOfCourse[Int(course)]
                if series >= 0 { latest[series] = s }
            }
        }
        return latest
    }

    /// After an episode went out: the series stands at its latest episode left in the month, or where it stood
    /// before the month. Returns the session of that latest episode, nil when none is left in the month.
    mutating func restoreProgress(series x: Int32, _ filled: [FilledSession]) -> Int? {
        progress[x] = progressBeforeMonth[x]
        var latest: Int?
        for (s, session) in filled.enumerated() {
            for item in session.items {
                guard let course = pool.indexByID[item.id], pool.seriesOfCourse[Int(course)] == x,
                    let episode = pool.courses[Int(course)].series?.episode
                else { continue }
                progress[x] = SeriesMark(episode: episode, date: session.slot.date, inMonth: true)
                latest = s
            }
        }
        return latest
    }
}
