/// Two sessions re-packed exactly together (issue 20, scope 4, tenth round): both emptied, and every one of their
/// movable items and every unused course put in session A, session B or neither, so that the month's shortfall is
/// the least there is. The ninth round's joint refills filled one session after the other, so they missed fills
/// where the first must leave a course for the second: on `yuanjiao-bench optimum --shape awkward`'s #31 HiGHS
/// finds 93 s of shortfall for one pair of 120-minute sessions where the planner keeps 131.
///
/// Branch and bound over groups of interchangeable pieces (one length and topic, `SessionRepack`'s groups),
/// longest first, deciding how many of a group go to A and how many to B. What keeps it small:
/// - only topics still short count, so pieces of a topic at its quota never come in (they save nothing), and a
///   group never gives a topic more pieces than it needs to reach its quota;
/// - the bound: what each session can still hold — the largest sum of what is left not above its room — shared
///   by the short topics, each of which either stays at or under its lack (at most the largest sum of its pieces
///   not above it) or goes over (taking at least the smallest sum not below it): `ShortfallBound`'s argument for
///   the two sessions, from bitsets of reachable sums per group (`SubsetSums`), built once a pair; before them,
///   the same bound with every unused course (`PairRootBound`, once a month) rules out most pairs for nothing;
/// - sessions of equal room: A's counts are never behind B's at the first group they differ (swapping them is
///   the same month);
/// - a node budget (`nodes`); the answer is then the best found, proven when the search finished. Without the
///   topics' split the search needed five million nodes for #31's pair; with it, ten thousand.
/// Shortfall alone is searched; the room the answer leaves is then filled with what is left, the longest that
/// fit first (`SessionRepack` over all topics), so a session does not lose fill it had for topics already met.
/// Scored on figures alone, like `PairRepack`: the caller makes the answer (`CourseFiller.make`). Three sessions
/// are re-packed the same way (eleventh round), over `TripleSpace`.
struct ExactPairRepack {
    /// What the sessions hold after: per session (in the order given), its own items that stay (indices) and the
    /// courses that come in (unused courses or the other session's items), with the shortfall saved in all.
    struct Answer {
        var kept: [Set<Int>]
        var added: [[(course: Int32, topic: Int)]]
        var saved: Int
    }

    typealias Piece = SessionRepack.Piece

    /// Each topic's quota minus its used seconds.
    let deficit: [Int]
    /// The unused courses the re-pack may take, `SessionRepack.longestFirst`.
    let candidates: [Piece]
    let nodes: Int
    /// The least saving a re-pack must make to be taken (`CourseFiller.minimumGain`).
    var minimumGain = SessionRepack.minimumGain

    /// The best re-pack of `a` and `b` found that saves at least `SessionRepack.minimumGain`, and at least `atLeast`,
    /// more than they do now (nil if none), and the nodes the search visited (none when `root`, made from
    /// `candidates`, rules it out).
    func best(
        _ a: PairRepack.Side, _ b: PairRepack.Side, root: inout PairRootBound, atLeast: Int = 0
    ) -> (answer: Answer?, nodes: Int) {
        best([a, b], root: &root, atLeast: atLeast)
    }

    /// The same for two sessions (`PairSpace`) or three (`TripleSpace`); `root`'s limit covers their rooms.
    func best(_ sides: [PairRepack.Side], root: inout PairRootBound, atLeast: Int = 0) -> (answer: Answer?, nodes: Int) {
        let movable = sides.flatMap(\.movable)
        let (open, saved, _) = SessionRepack.baseline(movable, deficit: deficit)
        let need = open.map { max(0, $0) }
        let wanted = max(minimumGain, atLeast)
        guard root.most(sides, need: need) >= saved + wanted else { return (nil, 0) }
        let pool = SessionRepack.merged(candidates, without: [], with: movable)
        let widest = sides.map(\.room).max() ?? 0
        let useful = pool.filter { need[$0.topic] > 0 && $0.seconds <= widest }
        let bar = saved + wanted - 1
        let found: (chosen: [[Piece]]?, nodes: Int, groups: Int)
        if sides.count == 2 {
            let space = PairSpace(pieces: useful, need: need, rooms: (sides[0].room, sides[1].room))
            let search = space.search(beating: bar, nodes: nodes)
            found = (search.counts.map { space.pieces($0, sides) }, search.nodes, space.groups.count)
        } else {
            let space = TripleSpace(pieces: useful, need: need, rooms: sides.map(\.room))
            let search = space.search(beating: bar, nodes: nodes)
            found = (search.counts.map { space.tables.pieces($0, sides) }, search.nodes, space.groups.count)
        }
        // Building the tables costs about a node a group.
        let visited = found.nodes + found.groups
        guard var chosen = found.chosen else { return (nil, visited) }
        let placed = Set(chosen.joined().map(\.course))
        var left = pool.filter { !placed.contains($0.course) }
        for j in sides.indices {
            let room = sides[j].room - chosen[j].reduce(0) { $0 + $1.seconds }
            let topUp = SessionRepack(presorted: left, open: need.map { _ in room }, capacity: room)
            guard room > 0, let more = topUp.best(beating: (0, 0)) else { continue }
            chosen[j] += more.chosen
            let taken = Set(more.chosen.map(\.course))
            left.removeAll { taken.contains($0.course) }
        }
        return (Self.answer(chosen, sides, saved: Self.saved(chosen.flatMap { $0 }, need: need) - saved), visited)
    }

    /// What `pieces` save of the topics' needs.
    static func saved(_ pieces: [Piece], need: [Int]) -> Int {
        var played = [Int](repeating: 0, count: need.count)
        for piece in pieces { played[piece.topic] += piece.seconds }
        return need.indices.reduce(0) { $0 + min(played[$1], need[$1]) }
    }

    /// A course is in one session at most, so its course tells whose item a piece is.
    private static func answer(_ chosen: [[Piece]], _ sides: [PairRepack.Side], saved: Int) -> Answer {
        var answer = Answer(kept: sides.map { _ in [] }, added: sides.map { _ in [] }, saved: saved)
        for (j, pieces) in chosen.enumerated() {
            let own = Set(sides[j].movable.map(\.course))
            for piece in pieces {
                if piece.item >= 0, own.contains(piece.course) {
                    answer.kept[j].insert(piece.item)
                } else {
                    answer.added[j].append((piece.course, piece.topic))
                }
            }
        }
        return answer
    }
}
