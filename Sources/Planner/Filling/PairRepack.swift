/// The exact re-pack of two sessions together (issue 20, scope 4): a short session — room for at most
/// `shortItems` courses — and another session, each course in one of them at most. One session re-packed with the
/// others fixed (`SessionRepack`), or with one course lent (`BorrowTrials`), cannot move the two short courses
/// that fill a 30-minute session to the second when one of them plays in a 90-minute session and that session
/// then needs other courses and other topics: `yuanjiao-bench optimum`'s awkward #10 stayed 6.7 minutes above the
/// solver's best for that alone.
///
/// The short session holds few courses, so its contents are enumerated (groups of interchangeable pieces, as
/// `SessionRepack` groups them: at most `shortItems` of them, from both sessions' movable items and the unused
/// courses); for each content the other session is re-packed exactly by `SessionRepack` from what is left, against
/// the topics' deficits with the content in. Contents are tried best bound first — what the content saves plus
/// what the other session could save at most — and the search stops when no bound beats the best pair found, so
/// with enough searches the answer is the pair's optimum. Bounded: each content tried costs one `SessionRepack`
/// search of `nodes` nodes, counted against the month's `searches`.
///
/// Scored on figures alone, like `BorrowTrials`: the caller makes only the answer kept.
struct PairRepack {
    typealias Piece = SessionRepack.Piece

    /// A session as the re-pack sees it (`CourseFiller.repackView`): the seconds its fixed items leave and its
    /// items that may go out (`item`: index in the session's items).
    struct Side {
        let room: Int
        let movable: [Piece]

        var idle: Int { room - movable.reduce(0) { $0 + $1.seconds } }
    }

    /// What the two sessions hold after: per session, its own items that stay (indices) and the courses that
    /// come in (unused courses or the other session's items), with the shortfall saved in all.
    struct Answer {
        var shortKept: Set<Int> = []
        var shortAdded: [(course: Int32, topic: Int)] = []
        var otherKept: Set<Int> = []
        var otherAdded: [(course: Int32, topic: Int)] = []
        var saved = 0
    }

    /// A session is short when this many of the shortest course fill it: its contents are few.
    static let shortItems = 3
    /// Contents enumerated at most for one pair (the need and the bound prune most of them long before).
    static let contentVisits = 20_000
    /// The same for two long sessions, where the need prunes little (the other session could save nearly all of
    /// it), so most pairs would enumerate the full count before a single search.
    static let longContentVisits = 2_000

    /// Each topic's quota minus its used seconds.
    let deficit: [Int]
    /// The unused courses the re-pack may take, `SessionRepack.longestFirst`.
    let candidates: [Piece]
    /// Per topic, the seconds of the unused courses.
    let candidateSeconds: [Int]
    let nodes: Int
    /// The least saving a re-pack must make to be taken (`CourseFiller.minimumGain`).
    var minimumGain = SessionRepack.minimumGain
    /// Whether the sessions were each re-packed alone already (`CourseFiller.repack`): then the other session
    /// re-packed against the short one as it is would most likely find nothing again, and is not searched.
    var repackedAlone = false
    /// Contents enumerated at most for one pair.
    var contentLimit = PairRepack.contentVisits

    /// Where a piece of the pool comes from.
    private enum Origin {
        case short, other, unused
    }

    /// Pieces of one length and topic: `pool[first..<first + count]`, the sessions' own items first.
    private struct Group {
        let seconds: Int
        let topic: Int
        let first: Int
        let count: Int
    }

    /// The best re-pack of `short` and `other` that saves at least `SessionRepack.minimumGain` more than they do
    /// now, or nil; `searches` counts down the `SessionRepack` searches made.
    func best(short: Side, other: Side, searches: inout Int) -> Answer? {
        var open = deficit
        var held = [Int](repeating: 0, count: deficit.count)
        for piece in short.movable + other.movable {
            open[piece.topic] += piece.seconds
            held[piece.topic] += piece.seconds
        }
        open = open.map { max(0, $0) }
        let current = open.indices.reduce(0) { $0 + min(held[$1], open[$1]) }
        let available = open.indices.map { held[$0] + candidateSeconds[$0] }
        // The other session saves at most its room and what is open and available of each topic: a content must
        // save the rest itself.
        let otherReach = min(other.room, open.indices.reduce(0) { $0 + min(open[$1], available[$1]) })
        var bar = current + minimumGain - 1
        let (pool, origin, groups) = Self.pool(candidates, short: short, other: other)
        var contents = Contents(groups: groups, open: open, available: available, otherRoom: other.room, limit: contentLimit)
        contents.collect(room: short.room, need: bar + 1 - otherReach, bar: bar)
        var answer: Answer?
        for content in contents.ranked() {
            guard content.bound > bar, searches > 0 else { break }
            var inShort = Set<Int>()
            var rest = open
            for (g, count) in content.taken {
                for k in groups[g].first..<groups[g].first + count { inShort.insert(k) }
                rest[groups[g].topic] = max(0, rest[groups[g].topic] - count * groups[g].seconds)
            }
            if repackedAlone, inShort.count == short.movable.count, inShort.allSatisfy({ origin[$0] == .short }) { continue }
            searches -= 1
            // What is left for the other session: its own items stay items, the rest come in as courses.
            let left = pool.indices.filter { !inShort.contains($0) }.map { k in
                origin[k] == .other ? pool[k]
                    : Piece(seconds: pool[k].seconds, topic: pool[k].topic, course: pool[k].course, item: -1)
            }
            let search = SessionRepack(presorted: left, open: rest, capacity: other.room, nodeBudget: nodes)
            guard let found = search.best(beating: (bar - content.saved, 0), minimumGain: 1) else { continue }
            bar = content.saved + found.saved
            var made = Answer(saved: bar - current)
            for k in inShort.sorted() {
                if origin[k] == .short { made.shortKept.insert(pool[k].item) }
                else { made.shortAdded.append((pool[k].course, pool[k].topic)) }
            }
            for piece in found.chosen {
                if piece.item >= 0 { made.otherKept.insert(piece.item) }
                else { made.otherAdded.append((piece.course, piece.topic)) }
            }
            answer = made
        }
        return answer
    }

    /// Both sessions' movable items and the unused courses in the search's order (the sessions' items first
    /// among equal keys, the short session's before the other's), and their groups.
    private static func pool(
        _ candidates: [Piece], short: Side, other: Side
    ) -> (pool: [Piece], origin: [Origin], groups: [Group]) {
        let pool = SessionRepack.merged(candidates, without: [], with: short.movable + other.movable)
        // A course is in one session at most (no repeats in a month), so its course tells the two apart.
        let shortCourses = Set(short.movable.map(\.course))
        let origin = pool.map { piece -> Origin in
            piece.item < 0 ? .unused : shortCourses.contains(piece.course) ? .short : .other
        }
        var groups: [Group] = []
        var first = 0
        while first < pool.count {
            var end = first + 1
            while end < pool.count, pool[end].seconds == pool[first].seconds, pool[end].topic == pool[first].topic { end += 1 }
            groups.append(Group(seconds: pool[first].seconds, topic: pool[first].topic, first: first, count: end - first))
            first = end
        }
        return (pool, origin, groups)
    }

    /// The short session's possible contents that could beat the bar, each with its bound.
    private struct Contents {
        struct Content {
            var taken: [(group: Int, count: Int)]
            let saved: Int
            let fill: Int
            let bound: Int
        }

        let groups: [Group]
        let open: [Int]
        let available: [Int]
        let otherRoom: Int
        let limit: Int
        var found: [Content] = []
        private var visits = 0
        private var taken: [(group: Int, count: Int)] = []

        init(groups: [Group], open: [Int], available: [Int], otherRoom: Int, limit: Int) {
            self.groups = groups
            self.open = open
            self.available = available
            self.otherRoom = otherRoom
            self.limit = limit
        }

        /// Contents of up to `shortItems` pieces within `room` filling at least `need` seconds (what they save is
        /// at most what they fill) whose bound beats `bar`.
        mutating func collect(room: Int, need: Int, bar: Int) {
            visit(from: 0, room: room, fill: 0, items: 0, need: need, bar: bar)
        }

        private mutating func visit(from start: Int, room: Int, fill: Int, items: Int, need: Int, bar: Int) {
            visits += 1
            if fill >= need { record(bar: bar) }
            guard items < PairRepack.shortItems, visits < limit else { return }
            // Groups are longest first: skip those longer than the room left.
            var low = start, high = groups.count
            while low < high {
                let mid = (low + high) / 2
                if groups[mid].seconds > room { low = mid + 1 } else { high = mid }
            }
            for g in low..<groups.count {
                // Every later group is shorter: if even this one, taken for every item left, cannot reach the
                // need, none can.
                guard fill + (PairRepack.shortItems - items) * groups[g].seconds >= need else { return }
                let already = taken.last?.group == g ? taken[taken.count - 1].count : 0
                guard already < groups[g].count else { continue }
                if already > 0 { taken[taken.count - 1].count += 1 } else { taken.append((g, 1)) }
                visit(from: g, room: room - groups[g].seconds, fill: fill + groups[g].seconds, items: items + 1, need: need, bar: bar)
                if already > 0 { taken[taken.count - 1].count -= 1 } else { taken.removeLast() }
            }
        }

        private mutating func record(bar: Int) {
            var used = [Int](repeating: 0, count: open.count)
            for (g, count) in taken { used[groups[g].topic] += count * groups[g].seconds }
            var saved = 0, reach = 0
            for t in open.indices {
                saved += min(used[t], open[t])
                reach += min(max(0, open[t] - used[t]), available[t] - used[t])
            }
            let bound = saved + min(otherRoom, reach)
            guard bound > bar else { return }
            found.append(Content(taken: taken, saved: saved, fill: used.reduce(0, +), bound: bound))
        }

        /// Best bound first; then what the content saves and fills itself; then the order found (deterministic).
        func ranked() -> [Content] {
            found.indices.sorted { a, b in
                let x = found[a], y = found[b]
                return (x.bound, x.saved, x.fill, -a) > (y.bound, y.saved, y.fill, -b)
            }.map { found[$0] }
        }
    }
}
