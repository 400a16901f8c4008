/// A few sessions emptied and filled again one after the other (issue 20, scope 4, ninth round): every course of
/// theirs and every unused course may go in any of them, each in one at most. The pair re-packs (`PairRepack`)
/// enumerate one session's contents of up to three courses, so between two long sessions they never try a session
/// of four or five other courses; on `yuanjiao-bench optimum --shape awkward`'s #11, a month of one 75- and four
/// 120-minute sessions with all its shortfall in one topic, no single session and no pair the planner tries can
/// move it, while the solver's best month differs from it in every session.
///
/// Each session in turn is re-packed exactly (`SessionRepack`) from what the ones before it left, against the
/// topics' deficits with their choices in: the first sessions are filled to the second from a wide choice and the
/// last takes what fits the topics still open, where the month's own shortfall leaves it slack. The result depends
/// on the order, so each session is tried last once (the others in the given order). Not the sessions' optimum —
/// searching their rooms as one with a check that the choice splits into them (tried this round) found #11's gains
/// only after a million nodes a group — but what it returns fits and saves what it says. Scored on figures alone,
/// like `PairRepack`: the caller makes the answer.
struct JointRepack {
    typealias Piece = SessionRepack.Piece

    /// What the sessions hold after: per session (in the order given), its own items that stay (indices) and the
    /// courses that come in (unused courses or another session's items), with the shortfall saved in all.
    struct Answer {
        var kept: [Set<Int>]
        var added: [[(course: Int32, topic: Int)]]
        var saved: Int
    }

    /// Each topic's quota minus its used seconds.
    let deficit: [Int]
    /// The unused courses the re-pack may take, `SessionRepack.longestFirst`.
    let candidates: [Piece]
    let nodes: Int

    /// The best refill of `sessions` found that saves at least `SessionRepack.minimumGain` more than they do now,
    /// or nil; `searches` counts down the `SessionRepack` searches made.
    func best(_ sessions: [PairRepack.Side], searches: inout Int) -> Answer? {
        let movable = sessions.flatMap(\.movable)
        let (open, saved, _) = SessionRepack.baseline(movable, deficit: deficit)
        let all = SessionRepack.merged(candidates, without: [], with: movable)
        var bar = saved + SessionRepack.minimumGain - 1
        var answer: Answer?
        for last in sessions.indices.reversed() {
            let order = sessions.indices.filter { $0 != last } + [last]
            guard searches >= order.count else { break }
            searches -= order.count
            guard let (chosen, total) = refill(sessions, order: order, pool: all, open: open.map { max(0, $0) }, beating: bar)
            else { continue }
            bar = total
            answer = Self.answer(chosen, sessions, saved: total - saved)
        }
        return answer
    }

    /// Each session of `order` in turn re-packed exactly from what is left: per session the pieces chosen, and the
    /// shortfall saved in all, or nil when that is not above `bar`. The last session's search is told what it must
    /// save for that, so it prunes from the start: most groups find nothing, and this is what makes them cheap.
    private func refill(
        _ sessions: [PairRepack.Side], order: [Int], pool: [Piece], open: [Int], beating bar: Int
    ) -> (chosen: [[Piece]], saved: Int)? {
        var pool = pool
        var rest = open
        var chosen = [[Piece]](repeating: [], count: sessions.count)
        var total = 0
        for j in order where sessions[j].room > 0 {
            let search = SessionRepack(presorted: pool, open: rest, capacity: sessions[j].room, nodeBudget: nodes)
            let needed = j == order.last ? max(0, bar - total) : 0
            guard let found = search.best(beating: (needed, 0)) else {
                if needed > 0 { return nil }
                continue
            }
            chosen[j] = found.chosen
            total += found.saved
            for piece in found.chosen { rest[piece.topic] = max(0, rest[piece.topic] - piece.seconds) }
            let taken = Set(found.chosen.map(\.course))
            pool.removeAll { taken.contains($0.course) }
        }
        return total > bar ? (chosen, total) : nil
    }

    /// A course is in one session at most (no repeats in a month), so its course tells whose item a piece is.
    private static func answer(_ chosen: [[Piece]], _ sessions: [PairRepack.Side], saved: Int) -> Answer {
        var home: [Int32: Int] = [:]
        for (j, session) in sessions.enumerated() {
            for piece in session.movable { home[piece.course] = j }
        }
        var answer = Answer(kept: sessions.map { _ in [] }, added: sessions.map { _ in [] }, saved: saved)
        for (j, pieces) in chosen.enumerated() {
            for piece in pieces {
                if piece.item >= 0, home[piece.course] == j {
                    answer.kept[j].insert(piece.item)
                } else {
                    answer.added[j].append((piece.course, piece.topic))
                }
            }
        }
        return answer
    }
}
