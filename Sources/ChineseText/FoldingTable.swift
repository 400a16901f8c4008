import Foundation

/// The per-scalar search folding, computed once per process: NFKC, lower case, traditional → simplified.
///
/// Folding one scalar at a time (never across scalars) keeps every folded scalar tied to the original
/// scalar it came from, which the tokenizer needs for byte offsets into the original text.
final class FoldingTable: Sendable {
    /// One entry per BMP code point: `class << 24 | folded scalar`, or `expansionFlag | index` into `expansions`.
    let bmp: [UInt32]
    /// Scalars that fold to several (ﬁ → fi, ㈠ → (一), ½ → 1⁄2), each an encoded entry.
    let expansions: [[UInt32]]
    /// Supplementary-plane scalars whose NFKC differs (mathematical letters, compatibility ideographs).
    let supplementary: [UInt32: UInt32]
    /// Why traditional → simplified folding is missing, when OpenCC could not be used.
    let conversionError: ScriptConversionError?

    static let expansionFlag: UInt32 = 0x8000_0000
    static let valueMask: UInt32 = 0x00FF_FFFF

    /// The precompiled table when one was named (`SearchFolding.usePrecompiledTable`) and reads, else computed.
    static let shared = FoldingTable.precompiledOrComputed()

    init(bmp: [UInt32], expansions: [[UInt32]], supplementary: [UInt32: UInt32], conversionError: ScriptConversionError?) {
        self.bmp = bmp
        self.expansions = expansions
        self.supplementary = supplementary
        self.conversionError = conversionError
    }

    /// Builds the table from Foundation's NFKC and OpenCC: tens of milliseconds, so a program that starts
    /// often reads the precompiled form instead.
    convenience init() {
        var simplified: [UInt32: UInt32] = [:]
        var conversionError: ScriptConversionError?
        do {
            simplified = try Self.traditionalToSimplifiedCharacters()
        } catch {
            conversionError = error
        }
        func fold(_ value: UInt32) -> [UInt32] {
            guard let scalar = Unicode.Scalar(value) else { return [value] }
            let normalized = String(scalar).precomposedStringWithCompatibilityMapping.lowercased()
            return normalized.unicodeScalars.map { simplified[$0.value] ?? $0.value }
        }
        func encode(_ value: UInt32) -> UInt32 {
            ScalarClass.of(value).rawValue << 24 | value
        }

        var bmp = [UInt32](repeating: 0, count: 0x1_0000)
        var expansions: [[UInt32]] = []
        for value in UInt32(0)..<0x1_0000 {
            let folded: [UInt32]
            if value < 0x80 {
                folded = [(value &- 0x41) < 26 ? value | 0x20 : value]
            } else if (0xD800...0xDFFF).contains(value) || (0xE000...0xF8FF).contains(value)
                || (0xAC00...0xD7A3).contains(value)
            {
                folded = [value]  // surrogates, private use, precomposed Hangul: NFKC leaves them alone
            } else if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
                folded = [simplified[value] ?? value]
            } else {
                folded = fold(value)
            }
            if folded.count == 1 {
                bmp[Int(value)] = encode(folded[0])
            } else {
                bmp[Int(value)] = Self.expansionFlag | UInt32(expansions.count)
                expansions.append(folded.map(encode))
            }
        }
        var supplementary: [UInt32: UInt32] = [:]
        // Only these supplementary blocks have compatibility mappings worth folding for search.
        for range in [0x1D400...0x1D7FF, 0x1F100...0x1F1FF, 0x2F800...0x2FA1F] as [ClosedRange<UInt32>] {
            for value in range {
                let folded = fold(value)
                if folded.count == 1, folded[0] != value {
                    supplementary[value] = encode(folded[0])
                } else if folded.count > 1 {
                    supplementary[value] = Self.expansionFlag | UInt32(expansions.count)
                    expansions.append(folded.map(encode))
                }
            }
        }
        self.init(bmp: bmp, expansions: expansions, supplementary: supplementary, conversionError: conversionError)
    }

    /// The encoded fold of `value`: `class << 24 | scalar`, or `expansionFlag | index` (see `expansion`).
    @inline(__always)
    func entry(_ value: UInt32) -> UInt32 {
        if value < 0x1_0000 { return bmp[Int(value)] }
        if let entry = supplementary[value] { return entry }
        return ScalarClass.of(value).rawValue << 24 | value
    }

    /// The encoded scalars of an expansion entry.
    @inline(__always)
    func expansion(_ entry: UInt32) -> [UInt32] {
        expansions[Int(entry & Self.valueMask)]
    }

    /// Calls `body` with each encoded folded scalar (`class << 24 | value`) of `value`.
    @inline(__always)
    func forEachFolded(_ value: UInt32, _ body: (UInt32) -> Void) {
        let entry = self.entry(value)
        if entry & Self.expansionFlag == 0 {
            body(entry)
        } else {
            for folded in expansion(entry) { body(folded) }
        }
    }

    /// Traditional → simplified for single characters, from OpenCC's t2s run over every CJK character
    /// of the BMP and Extension A in one call (one per line, so no phrase spans two characters).
    private static func traditionalToSimplifiedCharacters() throws(ScriptConversionError) -> [UInt32: UInt32] {
        var input = String.UnicodeScalarView()
        var sources: [UInt32] = []
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF] as [ClosedRange<UInt32>] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                sources.append(value)
                input.append(scalar)
                input.append("\n")
            }
        }
        let output = try ScriptConverter(.traditionalToSimplified).convert(String(input))
        var table: [UInt32: UInt32] = [:]
        var index = 0
        for line in output.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { index += 1 }
            guard index < sources.count, line.count == 1, let target = line.first?.value,
                target != sources[index]
            else { continue }
            table[sources[index]] = target
        }
        return table
    }
}
