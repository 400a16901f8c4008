import Testing
@testable import Planner

/// Small groups of two or three sessions (a few items each, a few unused courses, two or three topics) and brute
/// force over every placement of every piece — in one of the sessions or unused — for the re-packs of several
/// sessions (`ExactPairRepackTests`, `ExactTripleRepackTests`). (The ninth round's joint refills were tested against it too; they are gone.)
struct RepackGroups {
    typealias Piece = SessionRepack.Piece

    /// `ExactPairRepack` on the group's sessions (two or three), nodes enough: it finds the optimum whenever that
    /// saves `SessionRepack.minimumGain` more than the sessions as they are, and nothing otherwise; what it returns
    /// saves what it says. True when it found a re-pack.
    func exactRepackMatchesBruteForce(_ group: Group, round: Int) -> Bool {
        let candidates = SessionRepack.longestFirst(group.unused)
        var root = PairRootBound(candidates: candidates, topics: group.deficit.count, limit: group.sessions.count * 400)
        let exact = ExactPairRepack(deficit: group.deficit, candidates: candidates, nodes: 1_000_000)
        let (answer, _) = exact.best(group.sessions, root: &root)
        let need = open(group)
        let now = saved(group.sessions.flatMap(\.movable), open: need)
        let best = bruteForce(group)
        guard let answer else {
            #expect(best - now < SessionRepack.minimumGain, "round \(round)")
            return false
        }
        let after = saved(placed(answer, group, round: round).flatMap { $0 }, open: need)
        #expect(after == now + answer.saved, "round \(round)")
        #expect(after == best, "round \(round)")
        return true
    }

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
    func placed(_ answer: ExactPairRepack.Answer, _ group: Group, round: Int) -> [[Piece]] {
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
}
