/// The 1,440 minutes of a day as a bitmap: the checker's own model of time, independent of the planner's
/// interval arithmetic.
struct MinuteMask: Equatable {
    private var words = [UInt64](repeating: 0, count: 23)

    static let empty = MinuteMask()

    /// Marks minutes `start..<end` (clamped to the day).
    mutating func set(_ start: Int, _ end: Int) {
        var minute = max(0, start)
        while minute < min(1440, end) {
            words[minute >> 6] |= 1 << UInt64(minute & 63)
            minute += 1
        }
    }

    init() {}

    init(_ start: Int, _ end: Int) { set(start, end) }

    func isSet(_ minute: Int) -> Bool {
        (0..<1440).contains(minute) && words[minute >> 6] & (1 << UInt64(minute & 63)) != 0
    }

    /// Every minute of `start..<end` is set.
    func covers(_ start: Int, _ end: Int) -> Bool { (start..<end).allSatisfy(isSet) }

    /// Some minute of `start..<end` is set.
    func touches(_ start: Int, _ end: Int) -> Bool { (start..<end).contains(where: isSet) }

    /// `HH:MM` of the first set minute in `start..<end`, for messages.
    func firstSet(in start: Int, _ end: Int) -> String? {
        (start..<end).first(where: isSet).map { "\(pad($0 / 60, 2)):\(pad($0 % 60, 2))" }
    }

    /// The longest stretch of minutes set here and not in `other`.
    func longestRun(outside other: MinuteMask) -> Int {
        // A word at a time: whole words free or whole words taken are the usual case (a report asks this for
        // every station-month and its neighbours); only mixed words are walked bit by bit.
        var best = 0, run = 0
        for index in words.indices {
            let free = words[index] & ~other.words[index]
            if free == ~UInt64(0) {
                run += 64
            } else if free == 0 {
                run = 0
            } else {
                for bit in 0..<UInt64(64) {
                    if free & (1 << bit) != 0 {
                        run += 1
                        best = max(best, run)
                    } else {
                        run = 0
                    }
                }
            }
            best = max(best, run)
        }
        return best
    }

    static func | (a: MinuteMask, b: MinuteMask) -> MinuteMask {
        var result = a
        for i in result.words.indices { result.words[i] |= b.words[i] }
        return result
    }
}
