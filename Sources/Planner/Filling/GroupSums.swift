/// The tables the exact re-packs of several sessions bound with (`PairSpace`, `TripleSpace`): the pieces in
/// groups of interchangeable ones (one length and topic, longest first), and per group g the sums the groups from
/// g on can make, in all and per topic, each group at most the pieces its topic's need can use.
struct GroupSums {
    typealias Piece = SessionRepack.Piece

    struct Group {
        let seconds: Int
        let topic: Int
        let first: Int
        let count: Int
    }

    let pieces: [Piece]
    let groups: [Group]
    let need: [Int]
    /// All the groups' sums up to `fillLimit`: the row of the groups from g on at `fillRows[g]`.
    let fills: SubsetSums
    let fillRows: [Int]
    /// The same per topic: the row of topic t's groups from g on at `topicRows[g * need.count + t]`.
    let topicSums: SubsetSums
    let topicRows: [Int]

    /// `pieces` longest first, then by topic, preferred first within a group; `fillLimit` the largest room,
    /// `rooms` the rooms' seconds in all.
    init(pieces: [Piece], need: [Int], fillLimit: Int, rooms: Int) {
        var groups: [Group] = []
        for (i, piece) in pieces.enumerated() {
            if let last = groups.last, last.seconds == piece.seconds, last.topic == piece.topic { continue }
            var end = i + 1
            while end < pieces.count, pieces[end].seconds == piece.seconds, pieces[end].topic == piece.topic { end += 1 }
            groups.append(Group(seconds: piece.seconds, topic: piece.topic, first: i, count: end - i))
        }
        let topics = need.count
        var fills = SubsetSums(limit: fillLimit)
        // A topic's sums matter up to the least over its lack (its need at most) and never beyond all the rooms.
        let longest = pieces.first?.seconds ?? 0
        var topicSums = SubsetSums(limit: min(rooms, (need.max() ?? 0) + longest))
        var fillRows = [Int](repeating: 0, count: groups.count + 1)
        var topicRows = [Int](repeating: 0, count: (groups.count + 1) * topics)
        fillRows[groups.count] = fills.append(from: nil, adding: 0, count: 0)
        let empty = topicSums.append(from: nil, adding: 0, count: 0)
        for t in 0..<topics { topicRows[groups.count * topics + t] = empty }
        for g in groups.indices.reversed() {
            let group = groups[g]
            let most = min(group.count, (need[group.topic] + group.seconds - 1) / group.seconds)
            fillRows[g] = fills.append(from: fillRows[g + 1], adding: group.seconds, count: most)
            for t in 0..<topics { topicRows[g * topics + t] = topicRows[(g + 1) * topics + t] }
            topicRows[g * topics + group.topic] = topicSums.append(
                from: topicRows[(g + 1) * topics + group.topic], adding: group.seconds, count: most)
        }
        self.pieces = pieces
        self.groups = groups
        self.need = need
        self.fills = fills
        self.fillRows = fillRows
        self.topicSums = topicSums
        self.topicRows = topicRows
    }

    /// The pieces of `counts` (per group, how many go to each session) per session: a session's own items
    /// first, then the group's other pieces in order.
    func pieces(_ counts: [[Int]], _ sides: [PairRepack.Side]) -> [[Piece]] {
        let homes = sides.map { Set($0.movable.map(\.course)) }
        var chosen = [[Piece]](repeating: [], count: sides.count)
        for (g, count) in counts.enumerated() where count.reduce(0, +) > 0 {
            var rest = Array(pieces[groups[g].first..<groups[g].first + groups[g].count])
            var own = [[Piece]](repeating: [], count: sides.count)
            for (j, wanted) in count.enumerated() {
                own[j] = Array(rest.filter { homes[j].contains($0.course) }.prefix(wanted))
                let mine = Set(own[j].map(\.course))
                rest.removeAll { mine.contains($0.course) }
            }
            for (j, wanted) in count.enumerated() {
                let more = wanted - own[j].count
                chosen[j] += own[j] + rest.prefix(more)
                rest.removeFirst(more)
            }
        }
        return chosen
    }
}
