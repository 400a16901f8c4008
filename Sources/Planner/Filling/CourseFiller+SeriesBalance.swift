/// Series in the balance pass. A series plays in episode order, so the pass may only end it earlier (take its
/// latest episode in the month out) or carry it further (put its next episode in, in a session no earlier than
/// the one holding the episode before). Without this, a month rich in series kept every idle minute its
/// episodes left (`yuanjiao-bench optimum`, the series instances).
extension CourseFiller {
    /// Where an item plays: the session's index in the month and the item's place in it.
    struct EpisodePlace: Equatable {
        let session: Int
        let item: Int
    }

    /// The series' next episodes the exchange may put in (recomputed only after a move put an episode in or took
    /// one out: `stale`), and where each series' latest episode plays (recomputed before every session, as any
    /// move shifts the places after the items it takes out).
    struct SeriesOffer {
        let active: Bool
        var stale = true
        var latest: [Int32: EpisodePlace] = [:]
        var candidates: [(candidate: SessionExchange.Candidate, topic: Int)] = []

        init(active: Bool) { self.active = active }
    }

    /// Series entries looked at per topic: the best-ranked ones, so a catalogue of many finished series costs
    /// no more than one of a few.
    private static let seriesScanLimit = 96

    func refresh(_ offer: inout SeriesOffer, _ filled: [FilledSession]) {
        guard offer.active else { return }
        offer.latest = latestEpisodes(filled)
        guard offer.stale else { return }
        offer.candidates = []
        for t in topics.indices {
            var offered = 0
            for entry in seriesLists[t].prefix(Self.seriesScanLimit) where offered < Self.balanceCandidates {
                guard let next = resolve(entry), !next.restarted else { continue }
                offered += 1
                offer.candidates.append((SessionExchange.Candidate(
                    course: next.course, seconds: pool.courses[Int(next.course)].durationSeconds,
                    series: pool.seriesOfCourse[Int(next.course)]), t))
            }
        }
        offer.stale = false
    }

    /// Each series' latest episode in the month, by play order (sessions are in date order).
    func latestEpisodes(_ filled: [FilledSession]) -> [Int32: EpisodePlace] {
        var latest: [Int32: EpisodePlace] = [:]
        for (s, session) in filled.enumerated() {
            for (k, item) in session.items.enumerated() {
                guard let course = pool.indexByID[item.id] else { continue }
                let series = pool.seriesOfCourse[Int(course)]
                if series >= 0 { latest[series] = EpisodePlace(session: s, item: k) }
            }
        }
        return latest
    }

    /// After an episode went out: the series stands at its latest episode left in the month, or where it stood
    /// before the month.
    mutating func restoreProgress(series x: Int32, _ filled: [FilledSession]) {
        progress[x] = progressBeforeMonth[x]
        for session in filled {
            for item in session.items {
                guard let course = pool.indexByID[item.id], pool.seriesOfCourse[Int(course)] == x,
                    let episode = pool.courses[Int(course)].series?.episode
                else { continue }
                progress[x] = SeriesMark(episode: episode, date: session.slot.date, inMonth: true)
            }
        }
    }
}
