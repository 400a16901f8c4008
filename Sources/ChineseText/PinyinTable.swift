public import Foundation

/// Every Mandarin reading of a character (toneless, v for ü), from `Catalog/pinyin-readings.txt`
/// (generated from Unihan by `Scripts/generate-pinyin-table.py`): 银 → yin, 行 → xing hang heng.
public struct PinyinTable: Sendable {
    /// Distinct syllables, then their u-spellings and the single-letter initials, all interned.
    let syllables: [String]
    /// For each syllable index: its UTF-8 bytes, for emitting tokens without building Strings.
    let syllableBytes: [[UInt8]]
    /// Per character: readings first, then the extra search spellings (lu for lv), then initials.
    let tokenIndices: [UInt16]
    /// BMP code point → `start << 16 | readings << 8 | tokens` into `tokenIndices` (0: no readings).
    let bmp: [UInt64]
    /// Supplementary code points (sorted) and their entries, for binary search.
    let supplementaryPoints: [UInt32]
    let supplementaryEntries: [UInt64]

    /// Parses the table's text file: about 41,000 lines, some 15 ms (`load(text:precompiled:)` is faster).
    public init(contentsOf url: URL) throws(PinyinTableError) {
        try self.init(parsingData: Self.readText(url), path: url.path)
    }

    init(parsingData data: Data, path: String) throws(PinyinTableError) {
        var parser = PinyinTableParser(path: path)
        // withUnsafeBytes only rethrows untyped errors: carry ours out as a Result.
        let parsed = data.withUnsafeBytes { raw in
            Result { () throws(PinyinTableError) in try parser.parse(raw.bindMemory(to: UInt8.self)) }
        }
        try parsed.get()
        self = parser.table()
    }

    /// Parses the table's text format (`94F6 yin`, one line per code point, `#` comments).
    public init(parsing text: String, path: String = "<text>") throws(PinyinTableError) {
        var parser = PinyinTableParser(path: path)
        var text = text
        let parsed = text.withUTF8 { bytes in
            Result { () throws(PinyinTableError) in try parser.parse(bytes) }
        }
        try parsed.get()
        self = parser.table()
    }

    init(
        syllables: [String], tokenIndices: [UInt16], bmp: [UInt64],
        supplementaryPoints: [UInt32], supplementaryEntries: [UInt64]
    ) {
        self.syllables = syllables
        self.syllableBytes = syllables.map { Array($0.utf8) }
        self.tokenIndices = tokenIndices
        self.bmp = bmp
        self.supplementaryPoints = supplementaryPoints
        self.supplementaryEntries = supplementaryEntries
        self.characterCount = bmp.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } + supplementaryPoints.count
    }

    /// Every reading of `scalar`, the most common first: 行 → ["xing", "hang", "heng"]; [] for none.
    public func readings(of scalar: Unicode.Scalar) -> [String] {
        let entry = self.entry(scalar.value)
        let start = Int(entry >> 16)
        let count = Int(entry >> 8 & 0xFF)
        return tokenIndices[start..<start + count].map { syllables[Int($0)] }
    }

    /// Number of characters with at least one reading.
    public let characterCount: Int

    /// Indices into `syllables` of every pinyin search token of a character: readings, u-spellings, initials.
    @inline(__always)
    func searchTokens(of value: UInt32) -> ArraySlice<UInt16> {
        let entry = self.entry(value)
        let start = Int(entry >> 16)
        return tokenIndices[start..<start + Int(entry & 0xFF)]
    }

    /// The distinct initial letters of a character's readings (长 → z, c), as ASCII bytes.
    func initials(of value: UInt32) -> [UInt8] {
        var letters: [UInt8] = []
        for token in searchTokens(of: value) {
            let bytes = syllableBytes[Int(token)]
            if bytes.count == 1, !letters.contains(bytes[0]) { letters.append(bytes[0]) }
        }
        return letters
    }

    @inline(__always)
    private func entry(_ value: UInt32) -> UInt64 {
        if value < 0x1_0000 { return bmp[Int(value)] }
        var low = 0
        var high = supplementaryPoints.count
        while low < high {
            let middle = (low + high) / 2
            if supplementaryPoints[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < supplementaryPoints.count && supplementaryPoints[low] == value ? supplementaryEntries[low] : 0
    }
}
