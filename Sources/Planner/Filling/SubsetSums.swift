/// Rows of the sums some pieces can make, as bitsets (bit s: a subset adds up to s seconds), up to a limit: what
/// `PairSpace` bounds a session's fill and a topic's played seconds with. A row is built from another by adding
/// pieces of one length, so a table of suffixes (the groups from g on) costs a shift and an or per piece.
struct SubsetSums {
    let words: Int
    private(set) var bits: [UInt64] = []

    init(limit: Int) {
        words = max(0, limit) / 64 + 1
    }

    /// A new row: `row`'s sums (the empty set's, 0, when nil) with up to `count` pieces of `seconds` added; its
    /// offset in `bits`.
    mutating func append(from row: Int?, adding seconds: Int, count: Int) -> Int {
        let start = bits.count
        if let row {
            bits.append(contentsOf: bits[row..<row + words])
        } else {
            bits.append(1)
            bits.append(contentsOf: repeatElement(0, count: words - 1))
        }
        grow(start, adding: seconds, count: count)
        return start
    }

    /// The row at `row` with up to `count` pieces of `seconds` added, in place: each pass ors the row with
    /// itself moved up, from the top word down, so a word is read before it is written.
    mutating func grow(_ row: Int, adding seconds: Int, count: Int) {
        guard seconds > 0, count > 0, seconds / 64 < words else { return }
        let wordShift = seconds / 64, bitShift = UInt64(seconds % 64)
        let words = words
        bits.withUnsafeMutableBufferPointer { bits in
            for _ in 0..<count {
                for w in stride(from: row + words - 1, through: row + wordShift, by: -1) {
                    var value = bits[w - wordShift] << bitShift
                    if bitShift > 0, w - wordShift - 1 >= row { value |= bits[w - wordShift - 1] >> (64 - bitShift) }
                    bits[w] |= value
                }
            }
        }
    }

    /// Drops the rows from `row` on (scratch rows of one query).
    mutating func removeRows(from row: Int) {
        bits.removeSubrange(row...)
    }

    /// The largest sum of the row at `row` not above `most` (0 is always one).
    static func largest(_ bits: UnsafeBufferPointer<UInt64>, row: Int, words: Int, atMost most: Int) -> Int {
        var w = min(most / 64, words - 1)
        let bit = w == most / 64 ? most % 64 : 63
        var x = bits[row + w] & (bit == 63 ? ~UInt64(0) : (UInt64(1) << UInt64(bit + 1)) - 1)
        while x == 0 {
            w -= 1
            guard w >= 0 else { return 0 }
            x = bits[row + w]
        }
        return w * 64 + 63 - x.leadingZeroBitCount
    }

    /// The smallest sum of the row at `row` not below `least`, or `Int.max` when none is within the limit.
    static func smallest(_ bits: UnsafeBufferPointer<UInt64>, row: Int, words: Int, atLeast least: Int) -> Int {
        var w = least / 64
        guard w < words else { return Int.max }
        var x = bits[row + w] & (~UInt64(0) << UInt64(least % 64))
        while x == 0 {
            w += 1
            guard w < words else { return Int.max }
            x = bits[row + w]
        }
        return w * 64 + x.trailingZeroBitCount
    }
}
