import Testing
@testable import Planner

/// The exact re-pack of three sessions (`ExactPairRepack` over `TripleSpace`) against brute force
/// (`RepackGroups`' placements of every piece in one of the sessions or unused), and the planner's move that
/// makes it (`CourseFiller+ExactTripleRepack`) on whole months.
@Suite struct ExactTripleRepackTests {
    typealias Piece = SessionRepack.Piece
    let brute = RepackGroups()

    /// `RepackGroups`' triples; every third one with all rooms equal and every third with the first two equal,
    /// lengths of 60, 90 or 120 s, so that the groups of equal pieces and the symmetry cut are exercised.
    func generated(_ random: inout SeededGenerator, round: Int) -> RepackGroups.Group {
        let group = brute.generated(&random, sessions: 3)
        guard round % 3 != 0 else { return group }
        func coarse(_ piece: Piece) -> Piece {
            Piece(seconds: 60 + 30 * (piece.seconds % 3), topic: piece.topic, course: piece.course, item: piece.item)
        }
        let rooms = group.sessions.map(\.room)
        let equal = round % 3 == 1 ? [rooms[0], rooms[0], rooms[0]] : [rooms[0], rooms[0], rooms[2]]
        return RepackGroups.Group(
            deficit: group.deficit,
            sessions: zip(group.sessions, equal).map { PairRepack.Side(room: $1, movable: $0.movable.map(coarse)) },
            unused: group.unused.map(coarse))
    }

    @Test func findsTheOptimumWhenItGains() {
        var random = SeededGenerator(seed: 2110)
        var found = 0
        for round in 0..<240 {
            if brute.exactRepackMatchesBruteForce(generated(&random, round: round), round: round) { found += 1 }
        }
        // Enough of the generated triples gain for the checks to mean something.
        #expect(found > 30)
    }

    /// The bound a triple is ruled out by before its search is never below what the triple can save.
    @Test func rootBoundIsNeverBelowTheOptimum() {
        var random = SeededGenerator(seed: 2111)
        for round in 0..<150 {
            let group = generated(&random, round: round)
            var root = PairRootBound(candidates: group.unused, topics: group.deficit.count, limit: 3 * 400)
            let most = root.most(group.sessions, need: brute.open(group))
            #expect(most >= brute.bruteForce(group), "round \(round)")
        }
    }

    /// Greedy months re-packed in triples: never worse, better on some, each course once, every session within
    /// its time, and every series episode where it was, in its order (episodes never move in a re-pack).
    @Test func noMonthEndsWorseAndEpisodesStay() {
        var random = SeededGenerator(seed: 2112)
        var better = 0, episodes = 0
        for n in 0..<30 {
            let courses = (1...60).map { course(Int64($0), &random) }
            let minutes = Array([30, 90, 60, 90, 45, 120].shuffled(using: &random).prefix(3 + n % 4))
            var (filler, sessions) = GreedyMonths.filled(courses, minutes: minutes)
            let before = filler.shortfall()
            let series = seriesItems(sessions, filler.pool)
            episodes += series.joined().count
            let topicIndex = Dictionary(filler.topics.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var exchange = SessionExchange(candidates: filler.exchangeCandidates())
            filler.repackTriplesExactly(
                &sessions, exchange: &exchange, topicIndex, nodes: SessionRepack.defaultNodeBudget, searches: 64)
            #expect(filler.shortfall() <= before)
            if filler.shortfall() < before { better += 1 }
            #expect(seriesItems(sessions, filler.pool) == series)
            let ids = sessions.flatMap { $0.items.map(\.id) }
            #expect(Set(ids).count == ids.count, "a course twice in the month")
            for session in sessions {
                #expect(session.items.reduce(0) { $0 + $1.durationSeconds } <= session.slot.minutes * 60)
            }
        }
        #expect(better > 0)
        #expect(episodes > 0)
    }

    /// A course of 10 to 50 minutes and one of three topics; every seventh one an episode, two series of two.
    func course(_ id: Int64, _ random: inout SeededGenerator) -> Course {
        let topic = ["law", "policy", "agritech"][Int.random(in: 0...2, using: &random)]
        let series: SeriesPosition? = id % 7 == 0 ? SeriesPosition(title: "系列\(id / 14)", episode: id % 14 == 0 ? 2 : 1) : nil
        return Course(
            id: id, title: "课程\(id)", durationSeconds: 600 + Int.random(in: 0...2400, using: &random),
            topics: [CourseTopic(id: topic, confirmed: true)], series: series, path: "\(id).mp4")
    }

    /// Per session, its series episodes' course ids in the order they play.
    func seriesItems(_ sessions: [CourseFiller.FilledSession], _ pool: CoursePool) -> [[Int64]] {
        sessions.map { session in
            session.items.filter { pool.indexByID[$0.id].map { pool.seriesOfCourse[Int($0)] >= 0 } ?? false }.map(\.id)
        }
    }
}
