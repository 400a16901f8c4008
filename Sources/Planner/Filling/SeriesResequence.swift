/// Which sessions of a month hold a series' episodes k, k+1, … (issue 20, scope 4): a dynamic search over
/// (session, next episode) states, sessions in date order, so the episodes stay in order; a session may hold
/// several consecutive episodes when they fit, and the series may end earlier (fewer episodes than offered).
///
/// Every other re-pack keeps a series' episodes where they are; on #38 of `yuanjiao-bench optimum --shape awkward`
/// the solver's answer plays series 2 a week earlier, one episode a session, two episodes further, and that is
/// no sequence of one-session or pair moves (BENCHMARKS.md, eighth round).
///
/// Each state carries the month its best path leads to: the topics' deficits after the sessions before it were
/// re-packed exactly one by one (`SessionRepack`, against those deficits, the session's movable items and the
/// unused courses the path has not taken, so no course is counted in two sessions). A state keeps the path with
/// the lower shortfall, then the fuller sessions: a dynamic search, not an exhaustive one, since two paths to a
/// state differ in more than the state. With every topic open without end (how `CourseFiller` calls it) the
/// shortfall is the time left idle and the search is exact for the fill: each session's best fill does not
/// depend on the others but through the courses they took. Bounded: `repacks` re-packs of `nodes` nodes each.
struct SeriesResequence {
    /// `room`: seconds for the episodes and the movable pieces, the session less what stays in it.
    typealias Session = PairRepack.Side

    struct Episode {
        let seconds: Int
        let topic: Int
    }

    /// What a session holds in the chosen sequence: the episodes (indices into the chain) and the pieces its
    /// re-pack chose (its movable items kept, unused courses taken).
    struct Placement {
        let episodes: Range<Int>
        let chosen: [SessionRepack.Piece]
    }

    static let episodesPerSession = 3

    let sessions: [Session]
    let chain: [Episode]
    let deficit: [Int]
    /// Unused courses, `SessionRepack.longestFirst`.
    let candidates: [SessionRepack.Piece]
    let nodes: Int
    let repacks: Int

    /// Where a path stands after some sessions: the topics' deficits, the unused courses it took, the seconds it
    /// filled, and how it got here (the state before, its episodes, its session's pieces).
    private struct State {
        var deficit: [Int]
        var gone: [Int32]
        var fill: Int
        var from = 0
        var placement = Placement(episodes: 0..<0, chosen: [])

        var shortfall: Int { deficit.reduce(0) { $0 + max(0, $1) } }

        func isBetter(than other: State?) -> Bool {
            guard let other else { return true }
            let (a, b) = (shortfall, other.shortfall)
            return a != b ? a < b : fill > other.fill
        }
    }

    /// The placement of the best sequence, session by session, or nil when the re-pack budget ran out first.
    func best() -> [Placement]? {
        let m = chain.count
        var layers: [[State?]] = [[State(deficit: deficit, gone: [], fill: 0)] + Array(repeating: nil, count: m)]
        var budget = repacks
        for s in sessions.indices {
            var next = [State?](repeating: nil, count: m + 1)
            for (j, state) in layers[s].enumerated() {
                guard let state else { continue }
                for c in 0...min(Self.episodesPerSession, m - j) {
                    budget -= 1
                    guard budget >= 0 else { return nil }
                    guard var after = step(s, from: state, episodes: j..<(j + c)) else { continue }
                    after.from = j
                    if after.isBetter(than: next[j + c]) { next[j + c] = after }
                }
            }
            layers.append(next)
        }
        // Among equal ends the series played furthest.
        let last = layers[sessions.count]
        var end: Int?
        for j in (0...m).reversed() {
            if let state = last[j], state.isBetter(than: end.map { last[$0] } ?? nil) { end = j }
        }
        guard var j = end else { return nil }
        var placements: [Placement] = []
        for s in sessions.indices.reversed() {
            guard let state = layers[s + 1][j] else { return nil }
            placements.append(state.placement)
            j = state.from
        }
        return placements.reversed()
    }

    /// Session `s` holding `episodes`, re-packed exactly around them from the month `state` leads to; nil when the
    /// episodes do not fit.
    private func step(_ s: Int, from state: State, episodes: Range<Int>) -> State? {
        let session = sessions[s]
        var open = state.deficit
        for piece in session.movable { open[piece.topic] += piece.seconds }
        var room = session.room
        for episode in chain[episodes] {
            room -= episode.seconds
            open[episode.topic] -= episode.seconds
        }
        guard room >= 0 else { return nil }
        var chosen: [SessionRepack.Piece] = []
        if room > 0 {
            let pieces = SessionRepack.merged(candidates, without: state.gone, with: session.movable)
            let repack = SessionRepack(presorted: pieces, open: open.map { max(0, $0) }, capacity: room, nodeBudget: nodes)
            // Beating (−1, 0) always answers: a session that can save nothing still keeps what fills it most.
            chosen = repack.best(beating: (-1, 0))?.chosen ?? []
        }
        for piece in chosen { open[piece.topic] -= piece.seconds }
        let filled = session.room - room + chosen.reduce(0) { $0 + $1.seconds }
        return State(
            deficit: open, gone: state.gone + chosen.filter { $0.item < 0 }.map(\.course), fill: state.fill + filled,
            placement: Placement(episodes: episodes, chosen: chosen))
    }
}
