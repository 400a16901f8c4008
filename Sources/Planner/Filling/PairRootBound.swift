/// What any re-pack of a pair of sessions can save at most, found before `PairSpace` is built: most pairs of a
/// month cannot beat what they hold, and building a pair's tables costs more than its search. The same for a
/// triple (`TripleSpace`), with a limit of three rooms. The unused
/// courses' sums per topic are made once for the month as it stands; a pair only adds its own items to them.
struct PairRootBound {
    typealias Piece = SessionRepack.Piece

    private var sums: SubsetSums
    /// Per topic, the row of its unused courses' sums; then the row of all of them.
    private let topicRows: [Int]
    private let allRow: Int

    /// `limit`: the seconds of the two largest rooms (no pair plays more).
    init(candidates: [Piece], topics: Int, limit: Int) {
        var sums = SubsetSums(limit: limit)
        var lengths = [[Int: Int]](repeating: [:], count: topics)
        for piece in candidates { lengths[piece.topic][piece.seconds, default: 0] += 1 }
        topicRows = lengths.map { byLength in
            let row = sums.append(from: nil, adding: 0, count: 0)
            for (seconds, count) in byLength.sorted(by: { $0.key < $1.key }) { sums.grow(row, adding: seconds, count: count) }
            return row
        }
        allRow = sums.append(from: nil, adding: 0, count: 0)
        var allLengths: [Int: Int] = [:]
        for byLength in lengths { allLengths.merge(byLength, uniquingKeysWith: +) }
        for (seconds, count) in allLengths.sorted(by: { $0.key < $1.key }) { sums.grow(allRow, adding: seconds, count: count) }
        self.sums = sums
    }

    /// At most what sessions `a` and `b`, emptied, can save of the topics' `need` (their items out).
    mutating func most(_ a: PairRepack.Side, _ b: PairRepack.Side, need: [Int]) -> Int {
        most([a, b], need: need)
    }

    /// The same for any sessions whose rooms add up to the limit at most.
    mutating func most(_ sides: [PairRepack.Side], need: [Int]) -> Int {
        let scratchStart = sums.bits.count
        defer { sums.removeRows(from: scratchStart) }
        let items = sides.flatMap(\.movable)
        let all = sums.append(from: allRow, adding: 0, count: 0)
        for piece in items { sums.grow(all, adding: piece.seconds, count: 1) }
        var limits: [Int] = []
        limits.reserveCapacity(3 * need.count)
        for t in need.indices where need[t] > 0 {
            let row = sums.append(from: topicRows[t], adding: 0, count: 0)
            for piece in items where piece.topic == t { sums.grow(row, adding: piece.seconds, count: 1) }
            limits += sums.bits.withUnsafeBufferPointer { bits in
                [need[t],
                 SubsetSums.largest(bits, row: row, words: sums.words, atMost: need[t]),
                 SubsetSums.smallest(bits, row: row, words: sums.words, atLeast: need[t])]
            }
        }
        return sums.bits.withUnsafeBufferPointer { bits in
            let room = sides.reduce(0) { $0 + SubsetSums.largest(bits, row: all, words: sums.words, atMost: $1.room) }
            let topics = limits.count / 3
            return limits.withUnsafeMutableBufferPointer { PairSpace.mostSaved($0, topics: topics, room: room) }
        }
    }
}
