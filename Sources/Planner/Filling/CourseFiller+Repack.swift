/// After the exchange pass: each session re-packed exactly (`SessionRepack`), the sessions with the most idle
/// time first, sweeping again while any re-pack improves. Series episodes stay where they are (the exchange pass
/// moves them, in order); everything else in a session may go out, and any unused course not in a series may
/// come in. Each re-pack strictly lowers (shortfall, idle), so the sweeps end; `repackSweeps` bounds them.
extension CourseFiller {
    static let repackSweeps = 3

    mutating func repack(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int
    ) {
        guard nodes > 0 else { return }
        let order = filled.indices.sorted { a, b in
            let idleA = idleSeconds(filled[a]), idleB = idleSeconds(filled[b])
            return idleA != idleB ? idleA > idleB : a < b
        }
        for _ in 0..<Self.repackSweeps {
            var changed = false
            for s in order where deficits().contains(where: { $0 > 0 }) {
                if repackSession(&filled[s], exchange: &exchange, topicIndex, nodes: nodes) { changed = true }
            }
            if !changed { return }
        }
    }

    func idleSeconds(_ session: FilledSession) -> Int {
        session.slot.minutes * 60 - session.items.reduce(0) { $0 + $1.durationSeconds }
    }

    /// Re-packs one session; true when it changed.
    mutating func repackSession(
        _ session: inout FilledSession, exchange: inout SessionExchange, _ topicIndex: [String: Int], nodes: Int
    ) -> Bool {
        let items = exchangeItems(session.items, topicIndex)
        let (capacity, movable) = repackView(session, items: items)
        guard capacity > 0 else { return false }
        let (open, saved, fill) = SessionRepack.baseline(movable, deficit: deficits())
        let pieces = SessionRepack.merged(repackCandidates(exchange).pieces, without: [], with: movable)
        let repack = SessionRepack(presorted: pieces, open: open.map { max(0, $0) }, capacity: capacity, nodeBudget: nodes)
        guard let answer = repack.best(beating: (saved, fill), minimumGain: minimumGain) else { return false }
        let kept = Set(answer.chosen.map(\.item).filter { $0 >= 0 })
        let move = SessionExchange.Move(
            removed: movable.compactMap { kept.contains($0.item) ? nil : $0.item },
            added: answer.chosen.filter { $0.item < 0 }.map { ($0.course, $0.topic) },
            gain: answer.saved - saved, fill: answer.fill - fill)
        apply(move, to: &session, items: items, exchange: &exchange)
        return true
    }

    /// A session as the re-pack sees it (here and in `BorrowTrials`): the seconds its fixed items leave — series
    /// episodes and items that may not move stay — and the items that may go out, in the session's order. With
    /// `seriesHeads`, a series' lone episode in the month may go too (no later stored month continuing it): the
    /// series then stands where it stood before the month, as when it never started.
    func repackView(_ session: FilledSession, items: [SessionExchange.Item]) -> (room: Int, movable: [SessionRepack.Piece]) {
        var room = session.slot.minutes * 60
        var movable: [SessionRepack.Piece] = []
        for (i, item) in items.enumerated() {
            let loneEpisode = item.series >= 0 && seriesHeads && monthEpisodes[item.series] == 1 && laterFirst[item.series] == nil
            guard item.series < 0 ? item.movable : loneEpisode, let course = pool.indexByID[session.items[i].id],
                item.series < 0 || !pinned.contains(course)
            else {
                room -= item.seconds
                continue
            }
            movable.append(SessionRepack.Piece(seconds: item.seconds, topic: item.topic, course: course, item: i))
        }
        return (room, movable)
    }

    /// Whether the re-packs may take an unused course: one in no series, or, when the descent allows it
    /// (`seriesHeads`), a series' next episode while the series has no episode in the month, which may go into any
    /// session. The re-packs place pieces without regard to the date, so an episode that must follow another is
    /// left to the balance pass and the series' re-sequence.
    func offeredToRepacks(_ candidate: SessionExchange.Candidate) -> Bool {
        candidate.series < 0 || (seriesHeads && candidate.startsSeries)
    }

    /// The unused courses a re-pack may take (`offeredToRepacks`), `SessionRepack.longestFirst` with best rank first
    /// within a length, as `repackSession` offers them, and per topic their seconds: what `BorrowTrials` and
    /// `PairRepack` search many times over.
    ///
    /// A course the catalogue gives several of the station's topics stands in each of their lists; it is offered
    /// once, under the one furthest behind its quota, since the searches take pieces as distinct courses and
    /// would otherwise put it in the month twice.
    func repackCandidates(_ exchange: SessionExchange) -> (pieces: [SessionRepack.Piece], seconds: [Int]) {
        var pieces: [SessionRepack.Piece] = []
        var seconds = [Int](repeating: 0, count: topics.count)
        var deficit: [Int] = []
        var under: [Int32: Int] = [:]
        func several(_ course: Int32) -> Bool { pool.courses[Int(course)].topics.count > 1 }
        for t in topics.indices {
            for candidate in exchange.candidates(topic: t) where offeredToRepacks(candidate) && several(candidate.course) {
                if deficit.isEmpty { deficit = deficits() }
                if let other = under[candidate.course], deficit[other] >= deficit[t] { continue }
                under[candidate.course] = t
            }
        }
        for t in topics.indices {
            for candidate in exchange.candidates(topic: t).reversed() where offeredToRepacks(candidate)
                && (!several(candidate.course) || under[candidate.course] == t) {
                pieces.append(SessionRepack.Piece(seconds: candidate.seconds, topic: t, course: candidate.course, item: -1))
                seconds[t] += candidate.seconds
            }
        }
        return (SessionRepack.longestFirst(pieces), seconds)
    }
}
