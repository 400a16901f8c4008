/// The branch and bound of `ExactPairRepack`: how many pieces of each group (one length and topic, longest
/// first) go to session A and how many to session B, the topics' needs saved as much as possible. Only pieces of
/// topics with a need are given; a group never gives its topic more pieces than reach the need.
struct PairSpace {
    typealias Piece = SessionRepack.Piece

    typealias Group = GroupSums.Group

    let rooms: (a: Int, b: Int)
    /// The groups and their sums (`GroupSums`): fills up to the larger room, a topic's up to both rooms.
    let tables: GroupSums
    var pieces: [Piece] { tables.pieces }
    var groups: [Group] { tables.groups }
    var need: [Int] { tables.need }

    /// `pieces` longest first, then by topic, preferred first within a group.
    init(pieces: [Piece], need: [Int], rooms: (a: Int, b: Int)) {
        self.rooms = rooms
        tables = GroupSums(pieces: pieces, need: need, fillLimit: max(rooms.a, rooms.b), rooms: rooms.a + rooms.b)
    }

    /// The counts (to A, to B) per group of the best choice that saves more than `bar`, what it saves, and the
    /// nodes visited.
    func search(beating bar: Int, nodes budget: Int) -> (counts: [(a: Int, b: Int)]?, saved: Int, nodes: Int) {
        var used = [Int](repeating: 0, count: need.count)
        var toA = [Int](repeating: 0, count: groups.count)
        var toB = [Int](repeating: 0, count: groups.count)
        var scratch = [Int](repeating: 0, count: 3 * need.count)
        let (fills, topicSums) = (tables.fills, tables.topicSums)
        let found: (saved: Int, best: [(a: Int, b: Int)]?, nodes: Int) = tables.groups.withUnsafeBufferPointer { groups in
            tables.need.withUnsafeBufferPointer { need in
                fills.bits.withUnsafeBufferPointer { fillBits in
                    topicSums.bits.withUnsafeBufferPointer { topicBits in
                        tables.fillRows.withUnsafeBufferPointer { fillRows in
                            tables.topicRows.withUnsafeBufferPointer { topicRows in
                                used.withUnsafeMutableBufferPointer { used in
                                    toA.withUnsafeMutableBufferPointer { toA in
                                        toB.withUnsafeMutableBufferPointer { toB in
                                          scratch.withUnsafeMutableBufferPointer { scratch in
                                            var search = Search(
                                                groups: groups, need: need,
                                                fills: (fillBits, fillRows, fills.words), topics: (topicBits, topicRows, topicSums.words),
                                                used: used, toA: toA, toB: toB, scratch: scratch, budget: budget, bar: bar)
                                            search.visit(0, capA: rooms.a, capB: rooms.b, saved: 0, tied: rooms.a == rooms.b)
                                            return (search.bar, search.best, search.nodes)
                                          }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (found.best, found.saved, found.nodes)
    }

    /// The pieces of `counts` per session (`GroupSums.pieces`).
    func pieces(_ counts: [(a: Int, b: Int)], _ sides: [PairRepack.Side]) -> [[Piece]] {
        tables.pieces(counts.map { [$0.a, $0.b] }, sides)
    }

    /// The most that short topics can save in `room` seconds, given per topic k at `3k` its lack, the largest sum
    /// of its pieces not above that, and the smallest not below (`Int.max`: none): each topic either stays at or
    /// under its lack or goes over it, and over every split of the topics into the two kinds the larger is the
    /// bound (`ShortfallBound`'s argument, for the sessions searched).
    static func mostSaved(_ limits: UnsafeMutableBufferPointer<Int>, topics count: Int, room: Int) -> Int {
        // A topic that can meet its lack exactly, or cannot go over it, never gains by going over: it stays under.
        var settled = 0, open = 0
        for k in 0..<count {
            if limits[3 * k + 1] == limits[3 * k] || limits[3 * k + 2] == Int.max {
                settled += limits[3 * k + 1]
            } else {
                for j in 0..<3 { limits[3 * open + j] = limits[3 * k + j] }
                open += 1
            }
        }
        var most = 0
        for subset in 0..<(1 << open) {
            var met = 0, taken = 0, below = settled
            for k in 0..<open {
                if subset >> k & 1 == 1 {
                    met += limits[3 * k]
                    taken += limits[3 * k + 2]
                } else {
                    below += limits[3 * k + 1]
                }
            }
            guard taken <= room else { continue }
            most = max(most, met + min(below, room - taken))
        }
        return most
    }

    /// A table of subset sums as the searches read it: its bits, each row's offset, the words a row takes.
    typealias Table = (bits: UnsafeBufferPointer<UInt64>, rows: UnsafeBufferPointer<Int>, words: Int)

    /// At most what the groups from g on can save in `room` seconds of the sessions searched (`PairSpace`,
    /// `TripleSpace`), given topic t's sums from group g on at row `g * need.count + t` of `topics`; `needed` is what
    /// the node must still save to beat the bar. `scratch` holds three per topic.
    @inline(__always)
    static func mostSaved(
        from g: Int, room: Int, needed: Int, need: UnsafeBufferPointer<Int>, used: UnsafeMutableBufferPointer<Int>,
        topics: Table, scratch: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        // Most nodes fail on what the topics lack and the sessions hold alone: no sums looked up for them.
        var lacking = 0
        for t in 0..<need.count { lacking += max(0, need[t] - used[t]) }
        guard min(room, lacking) >= needed else { return min(room, lacking) }
        // Per short topic k: its lack, the most it can take staying under, the least going over.
        var count = 0
        let topicCount = need.count
        for t in 0..<topicCount {
            let lack = need[t] - used[t]
            guard lack > 0 else { continue }
            let row = topics.rows[g * topicCount + t]
            scratch[3 * count] = lack
            scratch[3 * count + 1] = SubsetSums.largest(topics.bits, row: row, words: topics.words, atMost: lack)
            scratch[3 * count + 2] = SubsetSums.smallest(topics.bits, row: row, words: topics.words, atLeast: lack)
            count += 1
        }
        return mostSaved(scratch, topics: count, room: room)
    }

    private struct Search {

        let groups: UnsafeBufferPointer<Group>
        let need: UnsafeBufferPointer<Int>
        let fills: Table
        let topics: Table
        let used: UnsafeMutableBufferPointer<Int>
        let toA: UnsafeMutableBufferPointer<Int>
        let toB: UnsafeMutableBufferPointer<Int>
        /// Three per topic, for `bound`.
        let scratch: UnsafeMutableBufferPointer<Int>
        let budget: Int
        var bar: Int
        var best: [(a: Int, b: Int)]?
        var nodes = 0

        /// At most what the groups from g on can still save: each session fills at most the largest sum of them
        /// within its room, and the short topics share that (`mostSaved`).
        func bound(_ g: Int, capA: Int, capB: Int, needed: Int) -> Int {
            let room = SubsetSums.largest(fills.bits, row: fills.rows[g], words: fills.words, atMost: capA)
                + SubsetSums.largest(fills.bits, row: fills.rows[g], words: fills.words, atMost: capB)
            return PairSpace.mostSaved(from: g, room: room, needed: needed, need: need, used: used, topics: topics, scratch: scratch)
        }

        mutating func visit(_ start: Int, capA: Int, capB: Int, saved: Int, tied: Bool) {
            nodes += 1
            if saved > bar {
                bar = saved
                best = (0..<groups.count).map { (toA[$0], toB[$0]) }
            }
            guard nodes < budget else { return }
            // Groups longer than both rooms left cannot come in: jump past them (longest first, so they lead).
            let room = max(capA, capB)
            var low = start, high = groups.count
            while low < high {
                let mid = (low + high) / 2
                if groups[mid].seconds > room { low = mid + 1 } else { high = mid }
            }
            var g = low
            while g < groups.count, used[groups[g].topic] >= need[groups[g].topic] { g += 1 }
            guard g < groups.count, saved + bound(g, capA: capA, capB: capB, needed: bar + 1 - saved) > bar else { return }
            let group = groups[g]
            let lack = need[group.topic] - used[group.topic]
            let most = min(group.count, (lack + group.seconds - 1) / group.seconds)
            let mostA = min(most, capA / group.seconds), mostB = min(most, capB / group.seconds)
            for total in stride(from: min(most, mostA + mostB), through: 0, by: -1) {
                // The session with more room left takes more first.
                let low = max(0, total - mostB), high = min(total, mostA)
                guard low <= high else { continue }
                for k in 0...(high - low) {
                    let a = capA >= capB ? high - k : low + k
                    let b = total - a
                    if tied, b > a { continue }
                    used[group.topic] += total * group.seconds
                    toA[g] = a
                    toB[g] = b
                    visit(g + 1, capA: capA - a * group.seconds, capB: capB - b * group.seconds,
                          saved: saved + min(total * group.seconds, lack), tied: tied && a == b)
                    used[group.topic] -= total * group.seconds
                    toA[g] = 0
                    toB[g] = 0
                    if nodes >= budget { return }
                }
            }
        }
    }
}
