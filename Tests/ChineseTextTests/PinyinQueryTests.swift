import ChineseText
import Testing

@Suite struct PinyinQueryTests {
    @Test func splitsWholeSyllables() {
        #expect(PinyinQuery.segmentations(of: "falv").first == ["fa", "lv"])
        #expect(PinyinQuery.segmentations(of: "nongye").first == ["nong", "ye"])
        #expect(PinyinQuery.segmentations(of: "yinhang").first == ["yin", "hang"])
        #expect(PinyinQuery.segmentations(of: "changjiang").first == ["chang", "jiang"])
        #expect(PinyinQuery.segmentations(of: "falvfagui").first == ["fa", "lv", "fa", "gui"])
    }

    @Test func splitsInitials() {
        #expect(PinyinQuery.segmentations(of: "flfg") == [["f", "l", "f", "g"]])
        #expect(PinyinQuery.segmentations(of: "nongyzs").first == ["nong", "y", "z", "s"])
    }

    @Test func prefersLongestSyllableAndOffersTheAlternative() {
        #expect(PinyinQuery.segmentations(of: "xian") == [["xian"], ["xi", "an"]])
        let fangan = PinyinQuery.segmentations(of: "fangan")
        #expect(fangan.first == ["fang", "an"])
        #expect(fangan.contains(["fan", "gan"]))
    }

    @Test func separatorsCaseTonesAndUmlaut() {
        #expect(PinyinQuery.segmentations(of: "xi'an") == [["xi", "an"]])
        #expect(PinyinQuery.segmentations(of: "fa lv").first == ["fa", "lv"])
        #expect(PinyinQuery.segmentations(of: "FaLv").first == ["fa", "lv"])
        #expect(PinyinQuery.segmentations(of: "Fǎ Lǜ").first == ["fa", "lv"])
        #expect(PinyinQuery.segmentations(of: "lüe").first == ["lve"])
        #expect(PinyinQuery.segmentations(of: "falu").first == ["fa", "lu"])
    }

    @Test func notPinyin() {
        #expect(PinyinQuery.segmentations(of: "").isEmpty)
        #expect(PinyinQuery.segmentations(of: "法律").isEmpty)
        #expect(PinyinQuery.segmentations(of: "cctv7").isEmpty)
        #expect(PinyinQuery.segmentations(of: "iii").isEmpty)
    }

    @Test func longAmbiguousInputStaysBounded() {
        let text = String(repeating: "xian", count: 30) + "v"
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = PinyinQuery.segmentations(of: text) }
        #expect(elapsed < .seconds(1))
        #expect(PinyinQuery.segmentations(of: String(repeating: "xian", count: 12)).first?.count == 12)
    }

    @Test func knowsSyllables() {
        #expect(PinyinQuery.isSyllable("zhuang"))
        #expect(PinyinQuery.isSyllable("lv"))
        #expect(!PinyinQuery.isSyllable("zh"))
    }
}
