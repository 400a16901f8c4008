import Testing
@testable import Planner

/// `ExactPairRepack` against brute force (`RepackGroups`' placements of every piece in either session or
/// unused): on small random pairs, with nodes enough, it finds the optimum whenever it saves
/// `SessionRepack.minimumGain` more than the sessions as they are and nothing otherwise; what it returns fits, uses
/// each course once and saves what it says. Half the pairs have equal rooms and lengths from a few values, so the
/// groups of equal pieces and the symmetry cut between equal sessions are exercised.
@Suite struct ExactPairRepackTests {
    typealias Piece = SessionRepack.Piece
    let brute = RepackGroups()

    /// `RepackGroups`' pairs, and every other one with equal rooms and lengths of 60, 90 or 120 s.
    func generated(_ random: inout SeededGenerator, round: Int) -> RepackGroups.Group {
        let group = brute.generated(&random, sessions: 2)
        guard round % 2 == 1 else { return group }
        func coarse(_ piece: Piece) -> Piece {
            Piece(seconds: 60 + 30 * (piece.seconds % 3), topic: piece.topic, course: piece.course, item: piece.item)
        }
        let room = group.sessions[0].room
        return RepackGroups.Group(
            deficit: group.deficit,
            sessions: group.sessions.map { PairRepack.Side(room: room, movable: $0.movable.map(coarse)) },
            unused: group.unused.map(coarse))
    }

    @Test func findsTheOptimumWhenItGains() {
        var random = SeededGenerator(seed: 2010)
        var found = 0
        for round in 0..<400 {
            if brute.exactRepackMatchesBruteForce(generated(&random, round: round), round: round) { found += 1 }
        }
        // Enough of the generated pairs gain for the checks to mean something.
        #expect(found > 40)
    }

    /// The bound a pair is ruled out by before its search is never below what the pair can save.
    @Test func rootBoundIsNeverBelowTheOptimum() {
        var random = SeededGenerator(seed: 2011)
        for round in 0..<300 {
            let group = generated(&random, round: round)
            var root = PairRootBound(candidates: group.unused, topics: group.deficit.count, limit: 2 * 400)
            let most = root.most(group.sessions[0], group.sessions[1], need: brute.open(group))
            #expect(most >= brute.bruteForce(group), "round \(round)")
        }
    }
}
