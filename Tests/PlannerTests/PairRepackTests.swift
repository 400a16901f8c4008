import Testing
@testable import Planner

/// `PairRepack` against brute force: on small pairs of sessions (a short one and another, a few items each, a few
/// unused courses, two or three topics) every placement of every piece — in the short session, in the other or
/// unused — is tried. Given searches and nodes enough, the pair re-pack must find the best placement whenever it
/// saves `SessionRepack.minimumGain` more than the sessions as they are, find nothing otherwise, and what it
/// returns must be a placement that fits and saves what it says.
@Suite struct PairRepackTests {
    typealias Piece = SessionRepack.Piece

    struct Pair {
        let deficit: [Int]
        let short: PairRepack.Side
        let other: PairRepack.Side
        let unused: [Piece]
    }

    /// Pieces have course ids 0..<n: the short session's items, the other's, then the unused courses.
    func generated(_ random: inout SeededGenerator) -> Pair {
        let topics = Int.random(in: 2...3, using: &random)
        var course: Int32 = 0
        func piece(item: Int, _ range: ClosedRange<Int>) -> Piece {
            defer { course += 1 }
            return Piece(seconds: Int.random(in: range, using: &random), topic: Int.random(in: 0..<topics, using: &random),
                         course: course, item: item)
        }
        // A short session: room for at most three of the shortest (60 s) pieces.
        let shortRoom = Int.random(in: 120...239, using: &random)
        let shortItems = (0..<Int.random(in: 0...2, using: &random)).map { piece(item: $0, 60...110) }
        let otherRoom = Int.random(in: 150...420, using: &random)
        let otherItems = (0..<Int.random(in: 0...3, using: &random)).map { piece(item: $0, 60...140) }
        let unused = (0..<Int.random(in: 1...3, using: &random)).map { _ in piece(item: -1, 60...150) }
        let held = shortItems + otherItems
        // Deficits with the items in: what the month lacks of each topic, some topics over their quota.
        let deficit = (0..<topics).map { t in
            Int.random(in: -60...300, using: &random) - held.filter { $0.topic == t }.reduce(0) { $0 + $1.seconds }
        }
        return Pair(
            deficit: deficit, short: PairRepack.Side(room: shortRoom, movable: shortItems),
            other: PairRepack.Side(room: otherRoom, movable: otherItems), unused: unused)
    }

    /// The most shortfall any placement saves: Σ over topics of what it puts in, up to what is open of the topic.
    func bruteForce(_ pair: Pair) -> Int {
        let pieces = pair.short.movable + pair.other.movable + pair.unused
        var open = pair.deficit
        for piece in pair.short.movable + pair.other.movable { open[piece.topic] += piece.seconds }
        var best = 0
        var total = 1
        for _ in pieces { total *= 3 }
        for code in 0..<total {
            var rest = code
            var load = [0, 0]
            var played = [Int](repeating: 0, count: open.count)
            for piece in pieces {
                let place = rest % 3
                rest /= 3
                guard place > 0 else { continue }
                load[place - 1] += piece.seconds
                played[piece.topic] += piece.seconds
            }
            guard load[0] <= pair.short.room, load[1] <= pair.other.room else { continue }
            best = max(best, open.indices.reduce(0) { $0 + min(played[$1], max(0, open[$1])) })
        }
        return best
    }

    /// The pair's re-pack with nodes enough for every search to finish.
    func exhaustive(_ pair: Pair) -> PairRepack {
        var seconds = [Int](repeating: 0, count: pair.deficit.count)
        for piece in pair.unused { seconds[piece.topic] += piece.seconds }
        return PairRepack(
            deficit: pair.deficit, candidates: SessionRepack.longestFirst(pair.unused), candidateSeconds: seconds,
            nodes: 1_000_000)
    }

    /// What the sessions save as they are.
    func current(_ pair: Pair) -> Int {
        var open = pair.deficit
        var held = [Int](repeating: 0, count: open.count)
        for piece in pair.short.movable + pair.other.movable {
            open[piece.topic] += piece.seconds
            held[piece.topic] += piece.seconds
        }
        return open.indices.reduce(0) { $0 + min(held[$1], max(0, open[$1])) }
    }

    @Test func findsTheBestPlacementWhenItGains() {
        var random = SeededGenerator(seed: 204)
        var gaining = 0
        let rounds = 400
        for round in 0..<rounds {
            let pair = generated(&random)
            let repack = exhaustive(pair)
            var searches = Int.max
            let answer = repack.best(short: pair.short, other: pair.other, searches: &searches)
            let now = current(pair), optimum = bruteForce(pair)
            guard let answer else {
                #expect(optimum < now + SessionRepack.minimumGain, "round \(round): \(pair)")
                continue
            }
            gaining += 1
            #expect(now + answer.saved == optimum, "round \(round): \(pair)")
            #expect(placed(answer, pair, round: round) == optimum, "round \(round)")
        }
        // Enough of the generated pairs gain for the comparison to mean something.
        #expect(gaining > rounds / 5)
    }

    /// What the answer's placement saves, checked as it goes: every course once at most, each session within its
    /// room.
    func placed(_ answer: PairRepack.Answer, _ pair: Pair, round: Int) -> Int {
        let byCourse = Dictionary(uniqueKeysWithValues: (pair.short.movable + pair.other.movable + pair.unused).map { ($0.course, $0) })
        let short = pair.short.movable.filter { answer.shortKept.contains($0.item) }
            + answer.shortAdded.compactMap { byCourse[$0.course] }
        let other = pair.other.movable.filter { answer.otherKept.contains($0.item) }
            + answer.otherAdded.compactMap { byCourse[$0.course] }
        let courses = (short + other).map(\.course)
        #expect(Set(courses).count == courses.count, "round \(round)")
        #expect(short.reduce(0) { $0 + $1.seconds } <= pair.short.room, "round \(round)")
        #expect(other.reduce(0) { $0 + $1.seconds } <= pair.other.room, "round \(round)")
        var open = pair.deficit
        for piece in pair.short.movable + pair.other.movable { open[piece.topic] += piece.seconds }
        var played = [Int](repeating: 0, count: open.count)
        for piece in short + other { played[piece.topic] += piece.seconds }
        return open.indices.reduce(0) { $0 + min(played[$1], max(0, open[$1])) }
    }

    /// Two long sessions (room for more than three of the shortest piece): no short session, so the pairs are
    /// found only when long pairs are asked for; the first session's contents are then at most three courses, so
    /// the answer may fall short of the optimum, but it is a placement that fits and saves what it says, and
    /// never more than the optimum.
    @Test func longPairsFitAndSaveWhatTheySay() {
        var random = SeededGenerator(seed: 208)
        var found = 0
        for round in 0..<300 {
            let base = generated(&random)
            let all = base.short.movable + base.other.movable + base.unused
            let long = (PairRepack.shortItems + 1) * (all.map(\.seconds).min() ?? 60)
            let pair = Pair(
                deficit: base.deficit,
                short: PairRepack.Side(room: long + Int.random(in: 0...120, using: &random), movable: base.short.movable),
                other: PairRepack.Side(room: long + Int.random(in: 0...120, using: &random), movable: base.other.movable),
                unused: base.unused)
            let repack = exhaustive(pair)
            var searches = Int.max
            #expect(repack.first([pair.short, pair.other], searches: &searches) == nil, "round \(round)")
            guard let (s, _, answer) = repack.first([pair.short, pair.other], searches: &searches, longPairs: true) else { continue }
            found += 1
            let ordered = s == 0 ? pair : Pair(deficit: pair.deficit, short: pair.other, other: pair.short, unused: pair.unused)
            let saved = placed(answer, ordered, round: round)
            #expect(saved == current(pair) + answer.saved, "round \(round)")
            #expect(saved <= bruteForce(pair), "round \(round)")
            #expect(answer.saved >= SessionRepack.minimumGain, "round \(round)")
        }
        #expect(found > 30)
    }
}
