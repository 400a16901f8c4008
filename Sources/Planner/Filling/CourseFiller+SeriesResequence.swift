/// After the pair re-packs: a series re-sequenced over the month (`SeriesResequence`). The series' episodes in the
/// month go out; its chain — the episodes it may play from where it stood before the month, as many as it had
/// plus `resequenceExtraEpisodes` — is placed in order by the dynamic search, which fills the sessions the most
/// whatever the topics (every topic open without end). A session whose episodes change, or whose search let an
/// item or another series' lone episode go, is emptied of its movable items; then the sessions are re-packed
/// one by one and in pairs against the topics' deficits. Kept only when the month's shortfall drops
/// `minimumGain`, else put back, so a month can only end lower. When it is not kept and a topic is
/// over its quota, a second pass searches against the topics instead (`resequence`, unseen #53).
///
/// Why fill first: on #38 the search scored against the deficits (each session re-packed in date order against
/// what the sessions before left) ended at 243 s of shortfall against 222 before (it dropped the series), and the
/// search's own contents kept as they were at 398; placing the episodes for fill and re-packing for the topics
/// reached 145. What a re-sequence gains is mostly idle time in short sessions.
///
/// Every episode is taken again in date order (`take`), so its `why` names the episode before it as the month
/// now holds it; a series' lone episode taken out leaves the series where it stood before the month.
extension CourseFiller {
    /// Series a month may re-sequence (of those with two episodes or more in it), the most episodes first.
    static let resequencedSeries = 2
    /// Re-packs one series' search may make (`SeriesResequence.repacks`).
    static let resequenceRepacks = 320
    /// Each of them looks at this fraction of the re-pack's nodes: with an eighth, planning 5,000 stations with 11
    /// months stored took 7.5–8.5 s of CPU against 4.3–5.1 (BENCHMARKS.md, ninth round).
    static let resequenceNodeShare = 32
    static let resequenceExtraEpisodes = 2
    /// An episode a series may play next: its course, length and the station topic it counts under.
    typealias ChainEpisode = (course: Int32, seconds: Int, topic: Int)

    mutating func resequenceSeries(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: Int
    ) {
        guard nodes > 0 else { return }
        for x in resequenceOrder(filled) {
            // Fill first, then (when that is not kept, and a topic is over its quota: what the re-packs cannot
            // mend when series episodes hold it) the topics: see `resequence`.
            for fillFirst in [true, false] where fillFirst ? idle(filled) >= minimumGain : overQuota() {
                let before = shortfall()
                guard before - unreachableShortfall(exchange) >= withinReach else { return }
                let month = (self, filled, exchange)
                if resequence(x, &filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches, fillFirst: fillFirst),
                   shortfall() <= before - minimumGain {
                    break
                }
                (self, filled, exchange) = month
            }
        }
    }

    /// Seconds the sessions leave idle: all a fill-first re-sequence can gain.
    private func idle(_ filled: [FilledSession]) -> Int {
        filled.reduce(0) { $0 + idleSeconds($1) }
    }

    /// A topic at least `minimumGain` over its quota.
    private func overQuota() -> Bool {
        deficits().contains { $0 <= -minimumGain }
    }

    /// Series with an episode in the month and no later stored month continuing them (that month needs this one's
    /// episodes as they are), most episodes first, then by series.
    private func resequenceOrder(_ filled: [FilledSession]) -> [Int32] {
        var counts: [Int32: Int] = [:]
        for session in filled {
            for item in session.items {
                guard let course = pool.indexByID[item.id] else { continue }
                let x = pool.seriesOfCourse[Int(course)]
                if x >= 0, laterFirst[x] == nil { counts[x, default: 0] += 1 }
            }
        }
        return counts.filter { $0.value >= 2 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Self.resequencedSeries).map(\.key)
    }

    /// Courses of series `x` in each session (in date order), and how many of each other series the month holds.
    private func seriesPlacement(_ x: Int32, _ filled: [FilledSession]) -> (held: [[Int32]], others: [Int32: Int]) {
        var others: [Int32: Int] = [:]
        let held = filled.map { session in
            session.items.compactMap { item -> Int32? in
                guard let course = pool.indexByID[item.id] else { return nil }
                let y = pool.seriesOfCourse[Int(course)]
                if y >= 0, y != x { others[y, default: 0] += 1 }
                return y == x ? course : nil
            }
        }
        return (held, others)
    }

    /// Re-sequences series `x`; false when the search found nothing worth making (the caller puts the month back).
    ///
    /// `fillFirst` places the episodes for the fill (every topic open without end), what #38 needs. Otherwise the
    /// search re-packs each session against the month's deficits and is made as it re-packed: on unseen #53 the
    /// month is full but a topic is 5 minutes over its quota, in series 1's episodes and two other series' lone
    /// episodes, which no re-pack may move and a fill-first search has no reason to.
    private mutating func resequence(
        _ x: Int32, _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int,
        searches: Int, fillFirst: Bool
    ) -> Bool {
        let (held, others) = seriesPlacement(x, filled)
        let fillBefore = filled.reduce(0) { $0 + $1.items.reduce(0) { $0 + $1.durationSeconds } }
        for s in filled.indices where !held[s].isEmpty {
            let items = exchangeItems(filled[s].items, topicIndex)
            let out = items.indices.filter { items[$0].series == x }
            apply(SessionExchange.Move(removed: out, added: [], gain: 0, fill: 0), to: &filled[s], items: items, exchange: &exchange)
        }
        progress[x] = progressBeforeMonth[x]
        let chain = seriesChain(x, length: held.reduce(0) { $0 + $1.count } + Self.resequenceExtraEpisodes)
        guard !chain.isEmpty else { return false }
        let sessions = filled.map { session in
            let items = exchangeItems(session.items, topicIndex)
            var (room, movable) = repackView(session, items: items)
            // Another series' only episode in the month may go out: its series then stands where it stood.
            for (i, item) in items.enumerated() where item.series >= 0 && others[item.series] == 1 && laterFirst[item.series] == nil
                && !movable.contains(where: { $0.item == i }) {
                guard let course = pool.indexByID[session.items[i].id] else { continue }
                room += item.seconds
                movable.append(SessionRepack.Piece(seconds: item.seconds, topic: item.topic, course: course, item: i))
            }
            return SeriesResequence.Session(room: room, movable: movable)
        }
        let search = SeriesResequence(
            sessions: sessions, chain: chain.map { SeriesResequence.Episode(seconds: $0.seconds, topic: $0.topic) },
            deficit: fillFirst ? topics.map { _ in Int(Int32.max) } : deficits(),
            // The series' own next episode is on offer once its episodes are out (`seriesHeads`): the chain places it.
            candidates: repackCandidates(exchange).pieces.filter { pool.seriesOfCourse[Int($0.course)] != x },
            nodes: max(1, nodes / Self.resequenceNodeShare), repacks: Self.resequenceRepacks)
        // Filling first, a sequence that fills no more than the month does now is not worth making and re-packing
        // around. Against the topics the search's own re-packs, session by session in date order, fill each
        // session before the later ones can balance it, so its end says little: on unseen #53 it ends at 409 s of
        // shortfall against 318 before, and the month, made and re-packed one by one and in pairs, at 109.
        guard let placements = search.best(),
              placements.map({ $0.episodes.map { chain[$0].course } }) != held,
              !fillFirst || placements.reduce(0, { $0 + $1.seconds(chain) }) >= fillBefore + minimumGain
        else { return false }
        make(placements, chain: chain, held: held, sessions, &filled, exchange: &exchange, topicIndex, keepChosen: !fillFirst)
        repack(&filled, exchange: &exchange, topicIndex, nodes: nodes)
        repackPairs(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches)
        repackLongPairs(&filled, exchange: &exchange, topicIndex, nodes: nodes, searches: searches)
        return true
    }

    /// Session by session in date order: a session whose episodes or kept items change is emptied of its movable
    /// items — or, `keepChosen`, left with those the search chose and given the courses it took — and the episodes
    /// come in (in order, so each one's `why` follows the one before); the caller re-packs.
    private mutating func make(
        _ placements: [SeriesResequence.Placement], chain: [ChainEpisode], held: [[Int32]],
        _ sessions: [SeriesResequence.Session], _ filled: inout [FilledSession], exchange: inout SessionExchange,
        _ topicIndex: [String: Int], keepChosen: Bool
    ) {
        var dropped: [Int32] = []
        for (s, placement) in placements.enumerated() {
            let all = Set(sessions[s].movable.map(\.item))
            let same = placement.episodes.map { chain[$0].course } == held[s]
                && all.isSubset(of: placement.chosen.map(\.item))
            let kept = same ? all : keepChosen ? Set(placement.chosen.map(\.item)) : []
            let out = sessions[s].movable.map(\.item).filter { !kept.contains($0) }
            let items = exchangeItems(filled[s].items, topicIndex)
            dropped += apply(
                SessionExchange.Move(removed: out, added: [], gain: 0, fill: 0), to: &filled[s], items: items,
                exchange: &exchange
            ).removed
            let taken = keepChosen && !same ? placement.chosen.filter { $0.item < 0 }.map { ($0.course, $0.topic) } : []
            let added = placement.episodes.map { (chain[$0].course, chain[$0].topic) } + taken
            apply(SessionExchange.Move(removed: [], added: added, gain: 0, fill: 0), to: &filled[s], items: [], exchange: &exchange)
        }
        for y in dropped { _ = restoreProgress(series: y, filled) }
    }

    /// The episodes series `x` may play next, in order, from where it stands (its episodes in the month taken
    /// out), each under the first station topic the catalogue gives it; never a restart.
    private func seriesChain(_ x: Int32, length: Int) -> [ChainEpisode] {
        var probe = self
        var chain: [ChainEpisode] = []
        while chain.count < length, let next = probe.resolve(-(x + 1)), !next.restarted {
            let course = pool.courses[Int(next.course)]
            guard let t = topics.firstIndex(where: { id in course.topics.contains { $0.id == id } }) else { break }
            chain.append((next.course, course.durationSeconds, t))
            probe.used.insert(next.course)
            probe.progress[x] = SeriesMark(episode: course.series?.episode ?? 0, date: ranking.month.lastDay, inMonth: true)
        }
        return chain
    }
}

extension SeriesResequence.Placement {
    /// Seconds the session holds in this placement: its episodes and the pieces its re-pack chose.
    func seconds(_ chain: [CourseFiller.ChainEpisode]) -> Int {
        episodes.reduce(0) { $0 + chain[$1].seconds } + chosen.reduce(0) { $0 + $1.seconds }
    }
}
