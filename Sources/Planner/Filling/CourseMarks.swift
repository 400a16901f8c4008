/// A set of course indices as a bitmap: a station marks a few hundred of 20,000 courses, and the planner asks
/// “is this one marked?” millions of times.
struct CourseMarks {
    private var words: [UInt64]

    init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    func contains(_ index: Int32) -> Bool {
        words[Int(index) >> 6] & (1 << UInt64(Int(index) & 63)) != 0
    }

    mutating func insert(_ index: Int32) {
        words[Int(index) >> 6] |= 1 << UInt64(Int(index) & 63)
    }

    mutating func remove(_ index: Int32) {
        words[Int(index) >> 6] &= ~(1 << UInt64(Int(index) & 63))
    }
}
