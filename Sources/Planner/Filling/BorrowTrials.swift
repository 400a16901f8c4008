/// Scores borrow trials (`CourseFiller+Borrow`) on the month's figures alone: the topics' deficits, each session's
/// room and movable items, the unused courses. A trial lends one item of a donor session to a session with idle
/// time, re-packs that session, then the donor; it is scored as `CourseFiller.repackSession` would re-pack both —
/// same pieces, deficits, room and node budget, so the same answers — without copying the filler, the sessions or
/// the exchange and without wording a reason. Only the trial kept is then made for real.
///
/// Most trials cannot gain: `mayGain` bounds what re-packing two sessions together could save at all (their room,
/// and what each topic has left to give) and skips a pair of sessions that cannot save `minimumGain`.
struct BorrowTrials {
    typealias Piece = SessionRepack.Piece

    /// A session as the re-pack sees it: the seconds its fixed items leave, and the items that may go out.
    struct Session {
        let room: Int
        let idle: Int
        let movable: [Piece]
    }

    /// A trial that lowers the month's shortfall: lend item `item` (index in the donor's items) of `donor` to
    /// `session`.
    struct Found {
        let session: Int
        let donor: Int
        let item: Int
    }

    let deficit: [Int]
    let sessions: [Session]
    /// The unused courses the re-pack may take, longest first, then by topic (`SessionRepack(presorted:)`).
    let candidates: [Piece]
    /// Per topic, the seconds of its unused courses.
    let candidateSeconds: [Int]
    let nodes: Int
    /// The least a trial must lower the shortfall (`CourseFiller.minimumGain`).
    let minimumGain: Int

    init(
        _ filler: CourseFiller, _ filled: [CourseFiller.FilledSession], _ exchange: SessionExchange,
        _ topicIndex: [String: Int], nodes: Int
    ) {
        deficit = filler.deficits()
        sessions = filled.map { session in
            let (room, movable) = filler.repackView(session, items: filler.exchangeItems(session.items, topicIndex))
            return Session(room: room, idle: room - movable.reduce(0) { $0 + $1.seconds }, movable: movable)
        }
        (candidates, candidateSeconds) = filler.repackCandidates(exchange)
        self.nodes = nodes
        minimumGain = filler.minimumGain
    }

    /// The first trial, in the order `CourseFiller.borrow` has always tried them (sessions with most idle first,
    /// each with the other sessions' movable items shortest first), that lowers the shortfall by `minimumGain`;
    /// `trials` counts the trials scored, up to `limit`.
    func first(trials: inout Int, limit: Int) -> Found? {
        let before = deficit.reduce(0) { $0 + max(0, $1) }
        let order = sessions.indices.sorted { (-sessions[$0].idle, $0) < (-sessions[$1].idle, $1) }
        var donors: [[(seconds: Int, session: Int, piece: Int)]] = []
        for s in order {
            var list: [(seconds: Int, session: Int, piece: Int)] = []
            for d in sessions.indices where d != s && mayGain(s, d, before: before) {
                for (k, piece) in sessions[d].movable.enumerated() where piece.seconds <= sessions[s].room {
                    list.append((piece.seconds, d, k))
                }
            }
            list.sort { ($0.seconds, $0.session, sessions[$0.session].movable[$0.piece].item)
                < ($1.seconds, $1.session, sessions[$1.session].movable[$1.piece].item) }
            donors.append(list)
        }
        for (n, s) in order.enumerated() {
            for donor in donors[n] where mayTake(donor.piece, of: donor.session, into: s) {
                guard trials < limit else { return nil }
                trials += 1
                if let after = shortfall(lending: donor.piece, of: donor.session, to: s),
                    after <= before - minimumGain
                {
                    return Found(session: s, donor: donor.session, item: sessions[donor.session].movable[donor.piece].item)
                }
            }
        }
        return nil
    }

    /// Whether re-packing sessions `s` and `d` together could lower the shortfall by `minimumGain`: with their
    /// movable items out, topic t is `open[t]` under its quota and can get back at most what the two sessions
    /// and the unused courses hold of it, all within the two sessions' room. Any trial of the pair is one such
    /// re-pack, so it cannot do better.
    func mayGain(_ s: Int, _ d: Int, before: Int) -> Bool {
        var open = deficit
        var held = [Int](repeating: 0, count: deficit.count)
        for piece in sessions[s].movable + sessions[d].movable {
            open[piece.topic] += piece.seconds
            held[piece.topic] += piece.seconds
        }
        var left = 0, reachable = 0
        for t in open.indices where open[t] > 0 {
            let back = min(open[t], held[t] + candidateSeconds[t])
            left += open[t] - back
            reachable += back
        }
        let after = left + max(0, reachable - sessions[s].room - sessions[d].room)
        return after <= before - minimumGain
    }

    /// Whether session `s`, lent the piece, could re-pack to save `minimumGain` more: at most its room,
    /// and per topic what is open of it and what `s`, the lent piece and the unused courses hold of it — the
    /// re-pack's own bound at its root. A trial this rules out would find nothing (`shortfall` gives nil), so it
    /// is not counted among the month's trials.
    func mayTake(_ piece: Int, of d: Int, into s: Int) -> Bool {
        let lent = sessions[d].movable[piece]
        var open = deficit, held = [Int](repeating: 0, count: deficit.count)
        open[lent.topic] += lent.seconds
        for own in sessions[s].movable {
            open[own.topic] += own.seconds
            held[own.topic] += own.seconds
        }
        var saved = 0, reach = 0
        for t in open.indices where open[t] > 0 {
            saved += min(held[t], open[t])
            reach += min(open[t], held[t] + candidateSeconds[t] + (t == lent.topic ? lent.seconds : 0))
        }
        return min(sessions[s].room, reach) >= saved + minimumGain
    }

    /// The month's shortfall after the trial, or nil when session `s` gains nothing from the lent course (the
    /// trial is dropped, as `CourseFiller.borrow` drops it).
    func shortfall(lending piece: Int, of d: Int, to s: Int) -> Int? {
        let lent = sessions[d].movable[piece]
        var open = deficit
        open[lent.topic] += lent.seconds
        let lentPiece = Piece(seconds: lent.seconds, topic: lent.topic, course: lent.course, item: -1)
        guard let first = repack(sessions[s], open: open, returned: [lentPiece], gone: []) else { return nil }
        var donor = sessions[d].movable
        donor.remove(at: piece)
        let returned = (first.returned + [lentPiece]).filter { piece in !first.taken.contains { $0.course == piece.course } }
        let after = repack(
            Session(room: sessions[d].room, idle: 0, movable: donor), open: first.deficit, returned: returned,
            gone: first.taken.filter { $0.item < 0 }.map(\.course)
        )?.deficit ?? first.deficit
        return after.reduce(0) { $0 + max(0, $1) }
    }

    /// `session` re-packed as `CourseFiller.repackSession` does, with topic deficits `deficit` (its items still
    /// in), the unused courses less `gone` plus `returned`: the deficits after, the pieces it holds then, and its
    /// items that went out (as unused courses); nil when it saves less than `minimumGain`.
    private func repack(
        _ session: Session, open deficit: [Int], returned: [Piece], gone: [Int32]
    ) -> (deficit: [Int], taken: [Piece], returned: [Piece])? {
        guard session.room > 0 else { return nil }
        let (before, saved, fill) = SessionRepack.baseline(session.movable, deficit: deficit)
        var open = before
        let pieces = SessionRepack.merged(candidates, without: gone, with: session.movable + returned)
        let search = SessionRepack(presorted: pieces, open: open.map { max(0, $0) }, capacity: session.room, nodeBudget: nodes)
        guard let answer = search.best(beating: (saved, fill), minimumGain: minimumGain) else { return nil }
        for piece in answer.chosen { open[piece.topic] -= piece.seconds }
        let kept = Set(answer.chosen.filter { $0.item >= 0 }.map(\.item))
        let out = session.movable.filter { !kept.contains($0.item) }
            .map { Piece(seconds: $0.seconds, topic: $0.topic, course: $0.course, item: -1) }
        return (open, answer.chosen, out)
    }
}
