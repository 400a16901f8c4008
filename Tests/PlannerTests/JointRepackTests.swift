import Testing
@testable import Planner

/// `JointRepack` against brute force: small groups of two or three sessions (a few items each, a few unused
/// courses, two or three topics), every placement of every piece — in one of the sessions or unused — tried. The
/// refill is not exhaustive (each session filled in turn), so it may fall short of the optimum, but what it returns
/// must fit, use each course once, save what it says, at least `SessionRepack.minimumGain`, and never more than
/// brute force.
@Suite struct JointRepackTests {
    typealias Piece = SessionRepack.Piece

    struct Group {
        let deficit: [Int]
        let sessions: [PairRepack.Side]
        let unused: [Piece]
    }

    /// Pieces have course ids 0..<n: the sessions' items in order, then the unused courses.
    func generated(_ random: inout SeededGenerator, sessions count: Int) -> Group {
        let topics = Int.random(in: 2...3, using: &random)
        var course: Int32 = 0
        func piece(item: Int) -> Piece {
            defer { course += 1 }
            return Piece(seconds: Int.random(in: 60...150, using: &random), topic: Int.random(in: 0..<topics, using: &random),
                         course: course, item: item)
        }
        let sessions = (0..<count).map { _ in
            PairRepack.Side(
                room: Int.random(in: 150...400, using: &random),
                movable: (0..<Int.random(in: 0...(count == 2 ? 3 : 2), using: &random)).map { piece(item: $0) })
        }
        let unused = (0..<Int.random(in: 1...3, using: &random)).map { _ in piece(item: -1) }
        let held = sessions.flatMap(\.movable)
        // Deficits with the items in: what the month lacks of each topic, some topics over their quota.
        let deficit = (0..<topics).map { t in
            Int.random(in: -60...300, using: &random) - held.filter { $0.topic == t }.reduce(0) { $0 + $1.seconds }
        }
        return Group(deficit: deficit, sessions: sessions, unused: unused)
    }

    /// The topics' deficits with the sessions' items out.
    func open(_ group: Group) -> [Int] {
        var open = group.deficit
        for piece in group.sessions.flatMap(\.movable) { open[piece.topic] += piece.seconds }
        return open.map { max(0, $0) }
    }

    func saved(_ pieces: [Piece], open: [Int]) -> Int {
        var played = [Int](repeating: 0, count: open.count)
        for piece in pieces { played[piece.topic] += piece.seconds }
        return open.indices.reduce(0) { $0 + min(played[$1], open[$1]) }
    }

    /// The most shortfall any placement saves.
    func bruteForce(_ group: Group) -> Int {
        let pieces = group.sessions.flatMap(\.movable) + group.unused
        let open = open(group)
        let places = group.sessions.count + 1
        var total = 1
        for _ in pieces { total *= places }
        var best = 0
        for code in 0..<total {
            var rest = code
            var load = [Int](repeating: 0, count: group.sessions.count)
            var chosen: [Piece] = []
            for piece in pieces {
                let place = rest % places
                rest /= places
                guard place > 0 else { continue }
                load[place - 1] += piece.seconds
                chosen.append(piece)
            }
            guard zip(load, group.sessions).allSatisfy({ $0 <= $1.room }) else { continue }
            best = max(best, saved(chosen, open: open))
        }
        return best
    }

    /// The pieces `answer` leaves in each session, checked: each course in one session at most, each session
    /// within its room.
    func placed(_ answer: JointRepack.Answer, _ group: Group, round: Int) -> [[Piece]] {
        let byCourse = Dictionary(uniqueKeysWithValues: (group.sessions.flatMap(\.movable) + group.unused).map { ($0.course, $0) })
        let placed = group.sessions.indices.map { j in
            group.sessions[j].movable.filter { answer.kept[j].contains($0.item) } + answer.added[j].compactMap { byCourse[$0.course] }
        }
        let courses = placed.flatMap { $0.map(\.course) }
        #expect(Set(courses).count == courses.count, "round \(round)")
        for (pieces, session) in zip(placed, group.sessions) {
            #expect(pieces.reduce(0) { $0 + $1.seconds } <= session.room, "round \(round)")
        }
        return placed
    }

    @Test(arguments: [2, 3]) func refillsFitAndSaveWhatTheySay(sessions count: Int) {
        var random = SeededGenerator(seed: 209 + UInt64(count))
        var found = 0
        for round in 0..<300 {
            let group = generated(&random, sessions: count)
            let joint = JointRepack(deficit: group.deficit, candidates: SessionRepack.longestFirst(group.unused), nodes: 1_000_000)
            var searches = Int.max
            let now = saved(group.sessions.flatMap(\.movable), open: open(group))
            guard let answer = joint.best(group.sessions, searches: &searches) else { continue }
            found += 1
            let placed = self.placed(answer, group, round: round)
            let after = saved(placed.flatMap { $0 }, open: open(group))
            #expect(after == now + answer.saved, "round \(round)")
            #expect(answer.saved >= SessionRepack.minimumGain, "round \(round)")
            #expect(after <= bruteForce(group), "round \(round)")
        }
        // Enough of the generated groups gain for the checks to mean something.
        #expect(found > 30)
    }

    /// The searches are counted: each session refilled costs one, and a group is not started without enough left.
    @Test func countsItsSearches() {
        var random = SeededGenerator(seed: 212)
        for _ in 0..<50 {
            let group = generated(&random, sessions: 3)
            let joint = JointRepack(deficit: group.deficit, candidates: SessionRepack.longestFirst(group.unused), nodes: 10_000)
            var none = 2
            #expect(joint.best(group.sessions, searches: &none) == nil)
            #expect(none == 2)
            var some = 9
            _ = joint.best(group.sessions, searches: &some)
            #expect(some == 0)
        }
    }
}
