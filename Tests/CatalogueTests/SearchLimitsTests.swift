import ChineseText
import Foundation
import Testing
@testable import Catalogue

@Suite("hostile query sizes: no stack overflow, no quadratic wait, a clear message")
struct SearchLimitsTests {
    @Test("a very long run of Latin letters is segmented without recursion")
    func longLatinRunSegments() {
        // 55,000 letters overflowed the stack when the segmenter recursed once per syllable.
        let letters = String(repeating: "falv", count: 15_000)
        let readings = PinyinQuery.segmentations(of: letters, limit: 1)
        #expect(readings.first?.count == 30_000)
    }

    @Test("a query of 55,000 letters is refused with its length and the limit")
    func longQueryRefused() throws {
        let corpus = try SearchCorpus([("农村法律知识讲座", "")])
        defer { corpus.workspace.remove() }
        #expect {
            _ = try corpus.catalogue.search(String(repeating: "a", count: 55_000))
        } throws: { error in
            let error = error as? CatalogueError
            return error?.kind == .badQuery && error?.message.contains("查询太长") == true
                && error?.message.contains("\(Catalogue.longestQuery)") == true
        }
    }

    @Test("2,000 terms are refused at once; the limit itself answers quickly")
    func manyTermsRefused() throws {
        let corpus = try SearchCorpus([("农村法律知识讲座", ""), ("水稻育秧技术", "")])
        defer { corpus.workspace.remove() }
        let many = Array(repeating: "法", count: 2_000).joined(separator: " ")
        let started = Date()
        #expect(throws: CatalogueError.self) { try corpus.catalogue.search(String(many.prefix(Catalogue.longestQuery))) }
        let atLimit = Array(repeating: "法", count: Catalogue.mostTerms).joined(separator: " ")
        #expect(try corpus.catalogue.search(atLimit).total == 1)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
