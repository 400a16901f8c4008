import Testing
@testable import Planner

/// `SeriesResequence` against brute force on small hand-made series months: a few sessions with their own movable
/// items, a chain of episodes, every topic open without end (as `CourseFiller` calls it). Brute force tries every
/// number of episodes played, every way of splitting them in order over the sessions, and every subset of each
/// session's items; the search must fill as much, keep the episodes in order, and place what fits.
@Suite struct SeriesResequenceTests {
    typealias Piece = SessionRepack.Piece

    struct Month {
        let sessions: [SeriesResequence.Session]
        let chain: [SeriesResequence.Episode]
    }

    func generated(_ random: inout SeededGenerator) -> Month {
        var course: Int32 = 0
        let sessions = (0..<Int.random(in: 2...4, using: &random)).map { _ in
            let items = (0..<Int.random(in: 0...3, using: &random)).map { i in
                defer { course += 1 }
                return Piece(seconds: Int.random(in: 40...160, using: &random), topic: Int.random(in: 0...1, using: &random),
                             course: course, item: i)
            }
            return SeriesResequence.Session(room: Int.random(in: 100...400, using: &random), movable: items)
        }
        let chain = (0..<Int.random(in: 1...5, using: &random)).map { _ in
            SeriesResequence.Episode(seconds: Int.random(in: 60...240, using: &random), topic: Int.random(in: 0...1, using: &random))
        }
        return Month(sessions: sessions, chain: chain)
    }

    func search(_ month: Month) -> SeriesResequence {
        SeriesResequence(
            sessions: month.sessions, chain: month.chain, deficit: [Int(Int32.max), Int(Int32.max)], candidates: [],
            nodes: 1_000_000, repacks: 1_000_000)
    }

    /// The most seconds a session holds with `episodes` seconds of episodes in it, or nil when they do not fit.
    func bestFill(_ session: SeriesResequence.Session, episodes: Int) -> Int? {
        guard episodes <= session.room else { return nil }
        var best = episodes
        for mask in 0..<(1 << session.movable.count) {
            let seconds = session.movable.indices.reduce(0) { mask & (1 << $1) != 0 ? $0 + session.movable[$1].seconds : $0 }
            if episodes + seconds <= session.room { best = max(best, episodes + seconds) }
        }
        return best
    }

    /// The most seconds the month holds over every ordered split of every prefix of the chain.
    func bruteForce(_ month: Month) -> Int {
        func fill(session s: Int, from j: Int) -> Int? {
            guard s < month.sessions.count else { return 0 }
            var best: Int?
            for end in j...month.chain.count where end - j <= SeriesResequence.episodesPerSession {
                let seconds = month.chain[j..<end].reduce(0) { $0 + $1.seconds }
                guard let here = bestFill(month.sessions[s], episodes: seconds), let rest = fill(session: s + 1, from: end)
                else { continue }
                best = max(best ?? 0, here + rest)
            }
            return best
        }
        return fill(session: 0, from: 0) ?? 0
    }

    @Test func fillsAsMuchAsBruteForceWithEpisodesInOrder() throws {
        var random = SeededGenerator(seed: 2009)
        var severalSessions = 0
        for round in 0..<300 {
            let month = generated(&random)
            let placements = try #require(search(month).best(), "round \(round)")
            #expect(placements.count == month.sessions.count, "round \(round)")
            // In order: each session's episodes follow the previous session's, from the chain's first.
            var next = 0
            var total = 0
            for (s, placement) in placements.enumerated() {
                #expect(placement.episodes.lowerBound == next, "round \(round)")
                next = placement.episodes.upperBound
                let items = placement.chosen
                let own = items.allSatisfy { piece in month.sessions[s].movable.contains { $0.course == piece.course } }
                #expect(own, "round \(round)")
                let seconds = month.chain[placement.episodes].reduce(0) { $0 + $1.seconds } + items.reduce(0) { $0 + $1.seconds }
                #expect(seconds <= month.sessions[s].room, "round \(round)")
                total += seconds
            }
            if placements.filter({ !$0.episodes.isEmpty }).count > 1 { severalSessions += 1 }
            #expect(total == bruteForce(month), "round \(round): \(month)")
        }
        // The chains often spread over sessions, so the order is checked on more than one session.
        #expect(severalSessions > 30)
    }

    /// A course the unused candidates offer comes into one session at most.
    @Test func takesEachUnusedCourseOnce() throws {
        let empty = SeriesResequence.Session(room: 100, movable: [])
        let unused = [Piece(seconds: 100, topic: 0, course: 7, item: -1)]
        let search = SeriesResequence(
            sessions: [empty, empty], chain: [SeriesResequence.Episode(seconds: 300, topic: 0)],
            deficit: [Int(Int32.max)], candidates: unused, nodes: 1_000, repacks: 100)
        let placements = try #require(search.best())
        #expect(placements.flatMap(\.chosen).count == 1)
        let noEpisodes = placements.allSatisfy { $0.episodes.isEmpty }
        #expect(noEpisodes)
    }
}
