import Testing
@testable import Catalogue

@Suite("Keyword index")
struct KeywordIndexTests {
    /// The per-keyword search it replaces: the pattern's bytes anywhere in the text.
    private static func naive(_ text: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard pattern.count <= text.count else { return false }
        return pattern.isEmpty || (0...(text.count - pattern.count)).contains { Array(text[$0..<$0 + pattern.count]) == pattern }
    }

    @Test("finds exactly the patterns a search of each one finds")
    func matchesNaiveSearch() {
        let words = ["乡村振兴", "党建", "法", "AI", "a", "养殖", "养殖技术", "技术", "殖技", "ab", "abc", "bca", "\n", "振兴乡村", "民法典"]
        let patterns = words.map { Array($0.utf8) }
        let index = KeywordIndex(patterns: patterns)
        var texts = ["", "a", "ab", "abc", "法", "党建", "乡村振兴养殖技术", "AIabcab", "民法典\n法律", "技术\n殖技术养殖", "bcabca", "振兴乡村振兴"]
        // Every prefix and suffix of a text rich in overlaps, so patterns meet both ends.
        let long = "养殖技术AI乡村振兴党建abc民法典\n殖技"
        let scalars = Array(long.unicodeScalars)
        for cut in 0...scalars.count {
            texts.append(String(String.UnicodeScalarView(scalars[..<cut])))
            texts.append(String(String.UnicodeScalarView(scalars[cut...])))
        }
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(index.occurrences(in: bytes) == patterns.map { Self.naive(bytes, $0) }, "\(text)")
        }
    }

    @Test("many patterns in one bucket or none at all")
    func crowdedAndEmpty() {
        let patterns = (0..<600).map { Array("词\($0)".utf8) }
        let index = KeywordIndex(patterns: patterns)
        let text = Array("前言词7和词599，还有词42。".utf8)
        #expect(index.occurrences(in: text) == patterns.map { Self.naive(text, $0) })
        #expect(KeywordIndex(patterns: []).occurrences(in: text).isEmpty)
    }
}
