/// Splits text into search tokens: one per Han character (folded to simplified), one per run of letters and
/// digits (folded, lower case); spaces and punctuation separate. With pinyin on, each Han character is
/// followed by colocated tokens for every toneless reading (v for ü, and the u spelling too: 律 → lv, lu),
/// and for each reading's initial letter (律 → l). Offsets are byte ranges of the ORIGINAL input.
///
/// Pure and allocation-light: one scratch buffer per call, no String per token.
public struct SearchTokenizer: Sendable {
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
        _ bytes: UnsafeBufferPointer<UInt8>, pinyin: Bool = false, _ body: (SearchToken) throws(E) -> Void
    ) throws(E) {
        let readings = pinyin ? pinyinTable : nil
        var buffer = TokenBuffer(capacity: 64)
        var wordStart = -1
        var wordEnd = 0
        var index = 0

        func flushWord() throws(E) {
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
                    if wordStart < 0 { wordStart = index }
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
                if wordStart < 0 { wordStart = range.lowerBound }
                buffer.appendScalar(value)
                wordEnd = range.upperBound
            case ScalarClass.han.rawValue:
                try flushWord()
                buffer.appendScalar(value)
                try body(SearchToken(text: buffer.bytes, byteRange: range, isColocated: false))
                buffer.removeAll()
                if let readings {
                    try emitPinyin(readings, of: value, original: original, range)
                }
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
        _ bytes: [UInt8], pinyin: Bool = false, _ body: (SearchToken) throws(E) -> Void
    ) throws(E) {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(E) in try tokenize(buffer, pinyin: pinyin, body) }
        }
        try result.get()
    }

    /// Every token of `text`, owning its text: for tests, queries and tools, not for bulk indexing.
    public func tokens(of text: String, pinyin: Bool = false) -> [OwnedSearchToken] {
        var tokens: [OwnedSearchToken] = []
        tokenize(Array(text.utf8), pinyin: pinyin) { token in
            tokens.append(
                OwnedSearchToken(text: token.string, byteRange: token.byteRange, isColocated: token.isColocated))
        }
        return tokens
    }
}
