/// Splits what people type as pinyin into syllables, so the search layer can make a phrase of them:
/// `falv` → fa lv, `nongye` → nong ye, `flfg` → f l f g, `xi'an` → xi an.
public enum PinyinQuery {
    /// The ways to read `text` as a sequence of syllables or initials, best first; empty when it is not pinyin.
    ///
    /// `text` may hold spaces, apostrophes or hyphens between syllables, upper case, tone marks and ü
    /// (`Fǎ Lǜ` → fa lv). Each piece is a whole syllable (v for ü) or one initial letter (the first letter of a
    /// syllable: zh, ch and sh abbreviate to z, c, s). The best reading has the fewest pieces, then the fewest
    /// bare initials, then the longest syllables first (`xian` → xian, not xi an; `fangan` → fang an).
    /// Other readings follow when they use no more initials than the best and at most one piece more
    /// (`xian` → [xian], [xi, an]), up to `limit` readings.
    public static func segmentations(of text: String, limit: Int = 4) -> [[String]] {
        guard limit > 0, let chunks = letterChunks(of: text) else { return [] }
        var combined: [[String]] = [[]]
        for chunk in chunks {
            let options = segment(chunk, limit: limit)
            if options.isEmpty { return [] }
            // The first of each chunk's options is its best; keep the product small and best first.
            var next: [[String]] = []
            for prefix in combined {
                for option in options where next.count < limit {
                    next.append(prefix + option)
                }
            }
            combined = next
        }
        return combined.isEmpty || combined == [[]] ? [] : combined
    }

    /// True when `text` is one whole syllable (toneless, v for ü).
    public static func isSyllable(_ text: String) -> Bool {
        PinyinSyllables.all.contains(text)
    }

    /// Lower-case ASCII letter runs, or nil when the text holds anything but letters and separators.
    static func letterChunks(of text: String) -> [[UInt8]]? {
        var chunks: [[UInt8]] = []
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            if let letter = plainLetter(scalar) {
                current.append(letter)
            } else if scalar == " " || scalar == "'" || scalar == "’" || scalar == "-" || scalar == "\u{3000}" {
                if !current.isEmpty { chunks.append(current) }
                current = []
            } else {
                return nil
            }
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks.isEmpty ? nil : chunks
    }

    /// a–z, A–Z, full-width letters, toned vowels (ā → a) and ü (→ v).
    private static func plainLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        var value = scalar.value
        if (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value) { value -= 0xFEE0 }
        if (0x41...0x5A).contains(value) { return UInt8(value + 0x20) }
        if (0x61...0x7A).contains(value) { return UInt8(value) }
        switch scalar {
        case "ā", "á", "ǎ", "à", "Ā", "Á", "Ǎ", "À": return UInt8(ascii: "a")
        case "ē", "é", "ě", "è", "Ē", "É", "Ě", "È", "ê": return UInt8(ascii: "e")
        case "ī", "í", "ǐ", "ì", "Ī", "Í", "Ǐ", "Ì": return UInt8(ascii: "i")
        case "ō", "ó", "ǒ", "ò", "Ō", "Ó", "Ǒ", "Ò": return UInt8(ascii: "o")
        case "ū", "ú", "ǔ", "ù", "Ū", "Ú", "Ǔ", "Ù": return UInt8(ascii: "u")
        case "ü", "ǖ", "ǘ", "ǚ", "ǜ", "Ü", "Ǖ", "Ǘ", "Ǚ", "Ǜ": return UInt8(ascii: "v")
        default: return nil
        }
    }

    private struct Reading {
        var pieces: [String]
        var initials: Int
    }

    /// Every reading of one letter run (bounded), ranked.
    private static func segment(_ letters: [UInt8], limit: Int) -> [[String]] {
        // pieces[i]: the pieces starting at i (longest first) from which the end can still be reached, so the
        // depth-first walk below never wanders into dead ends and stops after a bounded number of readings.
        var piecesAt = [[(piece: String, isInitial: Bool)]](repeating: [], count: letters.count + 1)
        var reachesEnd = [Bool](repeating: false, count: letters.count + 1)
        reachesEnd[letters.count] = true
        for start in stride(from: letters.count - 1, through: 0, by: -1) {
            let longest = min(PinyinSyllables.longest, letters.count - start)
            for length in stride(from: longest, through: 1, by: -1) where reachesEnd[start + length] {
                let piece = String(decoding: letters[start..<start + length], as: UTF8.self)
                if PinyinSyllables.all.contains(piece) {
                    piecesAt[start].append((piece, false))
                } else if length == 1, PinyinSyllables.isInitial(letters[start]) {
                    piecesAt[start].append((piece, true))
                }
            }
            reachesEnd[start] = !piecesAt[start].isEmpty
        }
        guard reachesEnd[0] else { return [] }
        // Depth-first with an explicit stack (a long run of letters must not overflow the thread's stack),
        // longest piece first, so the first complete reading is the greedy one.
        var readings: [Reading] = []
        var pieces: [String] = []
        var initials = 0
        // Each frame: a start position and which of its pieces to try next.
        var stack: [(start: Int, next: Int)] = [(0, 0)]
        /// Leaves the current position: takes back the piece that led to it. False when the walk is over.
        func backtrack() -> Bool {
            stack.removeLast()
            guard let parent = stack.last else { return false }
            initials -= piecesAt[parent.start][parent.next - 1].isInitial ? 1 : 0
            pieces.removeLast()
            return true
        }
        while let frame = stack.last, readings.count < 256 {
            if frame.start == letters.count {
                readings.append(Reading(pieces: pieces, initials: initials))
                if !backtrack() { break }
                continue
            }
            let options = piecesAt[frame.start]
            guard frame.next < options.count else {
                if !backtrack() { break }
                continue
            }
            let option = options[frame.next]
            stack[stack.count - 1].next += 1
            pieces.append(option.piece)
            initials += option.isInitial ? 1 : 0
            stack.append((frame.start + option.piece.utf8.count, 0))
        }
        guard !readings.isEmpty else { return [] }
        // Stable sort keeps the depth-first (longest-first) order among equals.
        let ranked = readings.enumerated().sorted { lhs, rhs in
            let l = (lhs.element.pieces.count, lhs.element.initials, lhs.offset)
            let r = (rhs.element.pieces.count, rhs.element.initials, rhs.offset)
            return l < r
        }.map(\.element)
        let best = ranked[0]
        var result = [best.pieces]
        for reading in ranked.dropFirst() where result.count < limit {
            if reading.initials <= best.initials, reading.pieces.count <= best.pieces.count + 1 {
                result.append(reading.pieces)
            }
        }
        return result
    }
}
