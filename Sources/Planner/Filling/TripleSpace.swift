/// `PairSpace` with three rooms (issue 20, scope 4, eleventh round): how many pieces of each group go to each of
/// three sessions, the topics' needs saved as much as possible — the same groups and tables (`GroupSums`), the
/// same bound (each session holds at most the largest sum of what is left within its room, shared by the short
/// topics: `PairSpace.mostSaved`). Written for any number of rooms; the pairs keep `PairSpace`, whose two rooms
/// in registers are the planner's hottest loop.
///
/// Sessions of equal room are interchangeable: of two adjacent ones in the order searched (rooms largest first),
/// the first's counts are never behind the second's at the first group they differ.
struct TripleSpace {
    typealias Piece = SessionRepack.Piece

    let rooms: [Int]
    let tables: GroupSums
    var groups: [GroupSums.Group] { tables.groups }

    /// `pieces` longest first, then by topic, preferred first within a group.
    init(pieces: [Piece], need: [Int], rooms: [Int]) {
        self.rooms = rooms
        tables = GroupSums(pieces: pieces, need: need, fillLimit: rooms.max() ?? 0, rooms: rooms.reduce(0, +))
    }

    /// The counts per group and session (in `rooms`' order) of the best choice that saves more than `bar`, what
    /// it saves, and the nodes visited.
    func search(beating bar: Int, nodes budget: Int) -> (counts: [[Int]]?, saved: Int, nodes: Int) {
        // Searched with the rooms largest first, so that equal rooms are adjacent.
        let order = rooms.indices.sorted { (-rooms[$0], $0) < (-rooms[$1], $1) }
        let n = rooms.count
        var caps = order.map { rooms[$0] }
        var to = [Int](repeating: 0, count: groups.count * n)
        var used = [Int](repeating: 0, count: tables.need.count)
        var scratch = [Int](repeating: 0, count: 3 * tables.need.count)
        var tied = 0
        for k in caps.indices.dropLast() where caps[k] == caps[k + 1] { tied |= 1 << k }
        let (fills, topicSums) = (tables.fills, tables.topicSums)
        let found: (saved: Int, best: [Int]?, nodes: Int) = tables.groups.withUnsafeBufferPointer { groups in
            tables.need.withUnsafeBufferPointer { need in
                fills.bits.withUnsafeBufferPointer { fillBits in
                    topicSums.bits.withUnsafeBufferPointer { topicBits in
                        tables.fillRows.withUnsafeBufferPointer { fillRows in
                            tables.topicRows.withUnsafeBufferPointer { topicRows in
                                used.withUnsafeMutableBufferPointer { used in
                                    caps.withUnsafeMutableBufferPointer { caps in
                                        to.withUnsafeMutableBufferPointer { to in
                                          scratch.withUnsafeMutableBufferPointer { scratch in
                                            var search = Search(
                                                groups: groups, need: need,
                                                fills: (fillBits, fillRows, fills.words), topics: (topicBits, topicRows, topicSums.words),
                                                used: used, caps: caps, to: to, scratch: scratch, budget: budget, bar: bar)
                                            search.visit(0, saved: 0, tied: tied)
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
        guard let best = found.best else { return (nil, found.saved, found.nodes) }
        let counts = groups.indices.map { g in
            var count = [Int](repeating: 0, count: n)
            for (k, s) in order.enumerated() { count[s] = best[g * n + k] }
            return count
        }
        return (counts, found.saved, found.nodes)
    }

    private struct Search {
        typealias Table = PairSpace.Table

        let groups: UnsafeBufferPointer<GroupSums.Group>
        let need: UnsafeBufferPointer<Int>
        let fills: Table
        let topics: Table
        let used: UnsafeMutableBufferPointer<Int>
        /// Each room's seconds left, largest room first as searched.
        let caps: UnsafeMutableBufferPointer<Int>
        /// Per group g, at `g * rooms + k`, how many go to room k.
        let to: UnsafeMutableBufferPointer<Int>
        let scratch: UnsafeMutableBufferPointer<Int>
        let budget: Int
        var bar: Int
        var best: [Int]?
        var nodes = 0

        var rooms: Int { caps.count }

        /// `PairSpace`'s bound with every room's largest fill.
        func bound(_ g: Int, needed: Int) -> Int {
            var room = 0
            for k in 0..<rooms {
                room += SubsetSums.largest(fills.bits, row: fills.rows[g], words: fills.words, atMost: caps[k])
            }
            return PairSpace.mostSaved(from: g, room: room, needed: needed, need: need, used: used, topics: topics, scratch: scratch)
        }

        /// `tied` bit k: rooms k and k + 1 are equal and were given the same counts so far.
        mutating func visit(_ start: Int, saved: Int, tied: Int) {
            nodes += 1
            if saved > bar {
                bar = saved
                best = Array(to)
            }
            guard nodes < budget else { return }
            var room = 0
            for k in 0..<rooms { room = max(room, caps[k]) }
            var low = start, high = groups.count
            while low < high {
                let mid = (low + high) / 2
                if groups[mid].seconds > room { low = mid + 1 } else { high = mid }
            }
            var g = low
            while g < groups.count, used[groups[g].topic] >= need[groups[g].topic] { g += 1 }
            guard g < groups.count, saved + bound(g, needed: bar + 1 - saved) > bar else { return }
            let group = groups[g]
            let lack = need[group.topic] - used[group.topic]
            let most = min(group.count, (lack + group.seconds - 1) / group.seconds)
            var fit = 0
            for k in 0..<rooms { fit += min(most, caps[k] / group.seconds) }
            for total in stride(from: min(most, fit), through: 0, by: -1) {
                used[group.topic] += total * group.seconds
                place(g, room: 0, left: total, saved: saved + min(total * group.seconds, lack), tied: tied)
                used[group.topic] -= total * group.seconds
                if nodes >= budget { return }
            }
        }

        /// Room k and the rooms after it given `left` of group g's pieces, room k as many as it can first, then
        /// the search goes on to the next group.
        mutating func place(_ g: Int, room k: Int, left: Int, saved: Int, tied: Int) {
            let seconds = groups[g].seconds
            let most = min(left, caps[k] / seconds)
            var after = 0
            for j in (k + 1)..<max(k + 1, rooms) { after += min(left, caps[j] / seconds) }
            let least = k == rooms - 1 ? left : max(0, left - after)
            guard least <= most else { return }
            for count in stride(from: most, through: least, by: -1) {
                // Equal rooms given equal counts so far: the later one never takes more.
                if k > 0, tied >> (k - 1) & 1 == 1, count > to[g * rooms + k - 1] { continue }
                to[g * rooms + k] = count
                caps[k] -= count * seconds
                let still = k > 0 && tied >> (k - 1) & 1 == 1 && count != to[g * rooms + k - 1]
                    ? tied & ~(1 << (k - 1)) : tied
                if k == rooms - 1 {
                    visit(g + 1, saved: saved, tied: still)
                } else {
                    place(g, room: k + 1, left: left - count, saved: saved, tied: still)
                }
                caps[k] += count * seconds
                to[g * rooms + k] = 0
                if nodes >= budget { return }
            }
        }
    }
}
