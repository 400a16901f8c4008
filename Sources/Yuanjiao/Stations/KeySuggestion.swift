/// “Did you mean” for misspelt keys, topic ids and calendar ids, by edit distance.
enum KeySuggestion {
    /// The candidate closest to `word`, when it is close enough to be a slip of the keyboard:
    /// same spelling up to case and `-`/space for `_`, or at most 2 edits (3 for long words).
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let folded = fold(word)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = fold(candidate) == folded ? 0 : editDistance(folded, fold(candidate))
            if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = folded.count >= 10 ? 3 : 2
        return best.distance <= min(limit, max(1, folded.count - 1)) ? best.candidate : nil
    }

    private static func fold(_ word: String) -> String {
        String(word.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }

    /// Levenshtein distance over characters, two rows.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
