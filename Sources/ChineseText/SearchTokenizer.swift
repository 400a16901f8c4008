/// Splits text into search tokens: one per Han character (folded to simplified), one per run of letters and
/// digits (folded, lower case); spaces and punctuation separate. With pinyin on, each Han character is
/// followed by colocated tokens for every toneless reading (v for ü, and the u spelling too: 律 → lv, lu),
/// and for each reading's initial letter (律 → l). Offsets are byte ranges of the ORIGINAL input.
/// Bigrams: documents may carry a colocated token for each pair of neighbouring Han characters (法律 at
/// 法's position), and queries may be written as those pairs, so a two-character word is one posting
/// list instead of a phrase over two very common characters.
///
/// Pure and allocation-light: one scratch buffer per call, no String per token.
public struct SearchTokenizer: Sendable {
    public enum Bigrams: Sendable {
        /// One token per Han character only.
        case none
        /// Documents: after each character's own tokens, a colocated token for it and the next character.
        case colocated
        /// Queries: a run of Han characters becomes its pairs followed by its last character (法律 → 法律 律),
        /// matching the documents' positions; a lone character stays itself.
        case only
    }

    private let folding: FoldingTable
    private let pinyinTable: PinyinTable?

    /// `pinyinTable` supplies the readings for `tokenize(_:pinyin: true, _:)`; without it no pinyin tokens.
    public init(pinyinTable: PinyinTable? = nil) {
        folding = FoldingTable.shared
        self.pinyinTable = pinyinTable
    }

    /// Calls `body` for each token of `bytes` (UTF-8; ill-formed bytes separate tokens), in order.
    /// A thrown error stops tokenizing and is rethrown.
    public func tokenize<E: Error>(
        _ bytes: UnsafeBufferPointer<UInt8>, pinyin: Bool = false, bigrams: Bigrams = .none,
        _ body: (SearchToken) throws(E) -> Void
    ) throws(E) {
        let readings = pinyin ? pinyinTable : nil
        var buffer = TokenBuffer(capacity: 64)
        var wordStart = -1
        var wordEnd = 0
        var index = 0
        // A Han character's tokens wait until the next character is known, for its bigram.
        var pending: (value: UInt32, original: UInt32, range: Range<Int>)?

        func flushPending(next: (value: UInt32, original: UInt32, range: Range<Int>)?) throws(E) {
            guard let han = pending else { return }
            pending = nil
            if bigrams == .only {
                if let next {
                    buffer.appendScalar(han.value)
                    buffer.appendScalar(next.value)
                    try body(SearchToken(text: buffer.bytes, byteRange: han.range.lowerBound..<next.range.upperBound, isColocated: false))
                    buffer.removeAll()
                } else {
                    // The run's last character closes the phrase, so highlight() marks it too.
                    buffer.appendScalar(han.value)
                    try body(SearchToken(text: buffer.bytes, byteRange: han.range, isColocated: false))
                    buffer.removeAll()
                }
                return
            }
            buffer.appendScalar(han.value)
            try body(SearchToken(text: buffer.bytes, byteRange: han.range, isColocated: false))
            buffer.removeAll()
            if let readings {
                try emitPinyin(readings, of: han.value, original: han.original, han.range)
            }
            if bigrams == .colocated, let next {
                let pair = han.range.lowerBound..<next.range.upperBound
                buffer.appendScalar(han.value)
                buffer.appendScalar(next.value)
                try body(SearchToken(text: buffer.bytes, byteRange: pair, isColocated: true))
                buffer.removeAll()
                // Initials in pairs too (乡村 → xc), so `xczx` is a phrase of rare tokens, not of single letters.
                if let readings {
                    let following = readings.initials(of: next.value)
                    for first in readings.initials(of: han.value) {
                        for second in following {
                            buffer.append(first)
                            buffer.append(second)
                            try body(SearchToken(text: buffer.bytes, byteRange: pair, isColocated: true))
                            buffer.removeAll()
                        }
                    }
                }
            }
        }

        func endHanRun() throws(E) {
            try flushPending(next: nil)
        }

        func flushWord() throws(E) {
            try endHanRun()
            guard wordStart >= 0 else { return }
            try body(SearchToken(text: buffer.bytes, byteRange: wordStart..<wordEnd, isColocated: false))
            buffer.removeAll()
            wordStart = -1
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // ASCII fast path: no table lookup.
                if ScalarClass.isASCIIAlphanumeric(UInt32(byte)) {
                    if wordStart < 0 {
                        try endHanRun()
                        wordStart = index
                    }
                    buffer.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                    wordEnd = index + 1
                } else {
                    try flushWord()
                }
                index += 1
                continue
            }
            let (decoded, length) = UTF8Scanning.decode(bytes, at: index)
            guard let value = decoded else {
                try flushWord()
                index += 1
                continue
            }
            let range = index..<index + length
            let entry = folding.entry(value)
            if entry & FoldingTable.expansionFlag == 0 {
                try handle(entry, original: value, range)
            } else {
                for folded in folding.expansion(entry) { try handle(folded, original: value, range) }
            }
            index += length
        }
        try flushWord()

        func handle(_ entry: UInt32, original: UInt32, _ range: Range<Int>) throws(E) {
            let value = entry & FoldingTable.valueMask
            switch entry >> 24 {
            case ScalarClass.word.rawValue:
                if wordStart < 0 {
                    try endHanRun()
                    wordStart = range.lowerBound
                }
                buffer.appendScalar(value)
                wordEnd = range.upperBound
            case ScalarClass.han.rawValue:
                if wordStart >= 0 { try flushWord() }
                let current = (value: value, original: original, range: range)
                try flushPending(next: current)
                pending = current
            default:
                try flushWord()
            }
        }

        func emitPinyin(_ table: PinyinTable, of value: UInt32, original: UInt32, _ range: Range<Int>) throws(E) {
            let tokens = table.searchTokens(of: value)
            for syllable in tokens {
                try emitSyllable(table, syllable, range)
            }
            // A traditional character may read differently from its simplified fold (乾 qian → 干 gan).
            guard original != value else { return }
            for syllable in table.searchTokens(of: original) where !tokens.contains(syllable) {
                try emitSyllable(table, syllable, range)
            }
        }

        func emitSyllable(_ table: PinyinTable, _ syllable: UInt16, _ range: Range<Int>) throws(E) {
            buffer.append(contentsOf: table.syllableBytes[Int(syllable)])
            try body(SearchToken(text: buffer.bytes, byteRange: range, isColocated: true))
            buffer.removeAll()
        }
    }

    /// `tokenize` over an array of UTF-8 bytes.
    public func tokenize<E: Error>(
        _ bytes: [UInt8], pinyin: Bool = false, bigrams: Bigrams = .none, _ body: (SearchToken) throws(E) -> Void
    ) throws(E) {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(E) in try tokenize(buffer, pinyin: pinyin, bigrams: bigrams, body) }
        }
        try result.get()
    }

    /// Every token of `text`, owning its text: for tests, queries and tools, not for bulk indexing.
    public func tokens(of text: String, pinyin: Bool = false, bigrams: Bigrams = .none) -> [OwnedSearchToken] {
        var tokens: [OwnedSearchToken] = []
        tokenize(Array(text.utf8), pinyin: pinyin, bigrams: bigrams) { token in
            tokens.append(
                OwnedSearchToken(text: token.string, byteRange: token.byteRange, isColocated: token.isColocated))
        }
        return tokens
    }
}
