/// Finds which of many byte patterns (the taxonomy's folded keywords) occur in a text, in one pass over it.
///
/// Searching each keyword on its own scanned a file's folded title and tags once per keyword (about 250 of them):
/// the single largest function of the indexer's writer thread. Here every position of the text looks up the
/// patterns that start with its next three bytes (a Han character in UTF-8) in a small hash table and compares only
/// those; patterns shorter than three bytes are searched on their own, as before. A pattern "occurs" exactly when
/// its bytes appear contiguously in the text: the same answer as the per-keyword search.
struct KeywordIndex: Sendable {
    private let patterns: [[UInt8]]
    /// Bucket `b` holds `members[bucketStarts[b]..<bucketStarts[b + 1]]`: ids of the patterns whose first three
    /// bytes hash to `b`.
    private let bucketStarts: [Int32]
    private let members: [Int32]
    private let shortPatterns: [Int]
    private static let bucketBits = 10

    init(patterns: [[UInt8]]) {
        self.patterns = patterns
        var buckets = [[Int32]](repeating: [], count: 1 << Self.bucketBits)
        var short: [Int] = []
        for (id, pattern) in patterns.enumerated() {
            if pattern.count >= 3 {
                buckets[Self.bucket(pattern[0], pattern[1], pattern[2])].append(Int32(id))
            } else {
                short.append(id)
            }
        }
        var starts: [Int32] = [0]
        for bucket in buckets { starts.append(starts[starts.count - 1] + Int32(bucket.count)) }
        bucketStarts = starts
        members = buckets.flatMap { $0 }
        shortPatterns = short
    }

    private static func bucket(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        let key = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
        return Int((key &* 0x9E37_79B1) >> UInt32(32 - bucketBits))
    }

    /// For each pattern id, whether the pattern occurs in `text`.
    func occurrences(in text: [UInt8]) -> [Bool] {
        var found = [Bool](repeating: false, count: patterns.count)
        for id in shortPatterns { found[id] = Self.contains(text, patterns[id]) }
        guard text.count >= 3 else { return found }
        text.withUnsafeBufferPointer { haystack in
            bucketStarts.withUnsafeBufferPointer { starts in
                members.withUnsafeBufferPointer { members in
                    for start in 0...(haystack.count - 3) {
                        let bucket = Self.bucket(haystack[start], haystack[start + 1], haystack[start + 2])
                        var member = Int(starts[bucket])
                        let end = Int(starts[bucket + 1])
                        while member < end {
                            let id = Int(members[member])
                            if !found[id], Self.matches(patterns[id], in: haystack, at: start) { found[id] = true }
                            member += 1
                        }
                    }
                }
            }
        }
        return found
    }

    private static func matches(_ pattern: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard pattern.count <= haystack.count - start else { return false }
        return pattern.withUnsafeBufferPointer { pattern in
            var offset = 0
            while offset < pattern.count, haystack[start + offset] == pattern[offset] { offset += 1 }
            return offset == pattern.count
        }
    }

    /// A pattern of one or two bytes, anywhere in the text (an empty one is everywhere).
    private static func contains(_ text: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= text.count else { return false }
        return text.withUnsafeBufferPointer { haystack in
            (0...(haystack.count - pattern.count)).contains { matches(pattern, in: haystack, at: $0) }
        }
    }
}
