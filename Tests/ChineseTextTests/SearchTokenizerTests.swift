import ChineseText
import Foundation
import Testing

@Suite struct SearchTokenizerTests {
    let tokenizer = SearchTokenizer(pinyinTable: Repository.pinyinTable)

    func texts(_ text: String, pinyin: Bool = false) -> [String] {
        tokenizer.tokens(of: text, pinyin: pinyin).map(\.description)
    }

    @Test func oneTokenPerHanCharacter() {
        #expect(
            texts("农村法律知识讲座") == [
                "农@0..<3", "村@3..<6", "法@6..<9", "律@9..<12", "知@12..<15", "识@15..<18", "讲@18..<21", "座@21..<24",
            ])
    }

    @Test func latinRunsAreWordsAndPunctuationSeparates() {
        #expect(texts("CCTV-7 农业, MP4!") == ["cctv@0..<4", "7@5..<6", "农@7..<10", "业@10..<13", "mp4@15..<18"])
        #expect(texts("CCTV7农业") == ["cctv7@0..<5", "农@5..<8", "业@8..<11"])
    }

    @Test func traditionalFoldsToSimplifiedWithOriginalOffsets() {
        // 農 and 業 are 3 bytes each in the original: offsets point at the traditional characters.
        #expect(texts("農業講座") == ["农@0..<3", "业@3..<6", "讲@6..<9", "座@9..<12"])
    }

    @Test func fullWidthFoldsWithOriginalOffsets() {
        // Each full-width letter is 3 bytes in the original.
        #expect(texts("ＣＣＴＶ７　新闻") == ["cctv7@0..<15", "新@18..<21", "闻@21..<24"])
    }

    @Test func colocatedPinyinForEveryReadingAndInitial() {
        #expect(
            texts("法律", pinyin: true) == [
                "法@0..<3", "+fa@0..<3", "+f@0..<3", "律@3..<6", "+lv@3..<6", "+lu@3..<6", "+l@3..<6",
            ])
        let yinhang = tokenizer.tokens(of: "银行", pinyin: true)
        let hang = yinhang.filter { $0.byteRange == 3..<6 }.map(\.text)
        #expect(hang.first == "行")
        #expect(Set(hang).isSuperset(of: ["xing", "hang", "x", "h"]))
        #expect(yinhang.filter(\.isColocated).allSatisfy { $0.byteRange.count == 3 })
    }

    @Test func polyphonicCityNames() {
        let chongqing = Set(tokenizer.tokens(of: "重庆", pinyin: true).map(\.text))
        #expect(chongqing.isSuperset(of: ["重", "zhong", "chong", "z", "c", "庆", "qing", "q"]))
        let changjiang = Set(tokenizer.tokens(of: "長江", pinyin: true).map(\.text))
        #expect(changjiang.isSuperset(of: ["长", "chang", "zhang", "江", "jiang", "j"]))
    }

    @Test func traditionalCharacterKeepsItsOwnReadings() {
        // 乾 folds to 干 (gan), but 乾隆 is read qian.
        let tokens = Set(tokenizer.tokens(of: "乾", pinyin: true).map(\.text))
        #expect(tokens.isSuperset(of: ["干", "gan", "qian"]))
    }

    @Test func pinyinOffWithoutFlagOrTable() {
        #expect(texts("法律") == ["法@0..<3", "律@3..<6"])
        #expect(SearchTokenizer().tokens(of: "法律", pinyin: true).map(\.text) == ["法", "律"])
    }

    @Test func illFormedBytesSeparateTokens() {
        var tokens: [String] = []
        SearchTokenizer().tokenize([0x61, 0x62, 0xFF, 0x63, 0xE6, 0xB3]) {
            tokens.append("\($0.string)@\($0.byteRange)")
        }
        #expect(tokens == ["ab@0..<2", "c@3..<4"])
    }

    @Test func compatibilityExpansionsKeepTheOriginalRange() {
        #expect(texts("ﬁle") == ["file@0..<5"])
        #expect(texts("㈠农") == ["一@0..<3", "农@3..<6"])
    }

    @Test func callbackErrorStopsTokenizing() {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try SearchTokenizer().tokenize(Array("一二三".utf8)) { (_: SearchToken) throws(Stop) in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test func emptyInput() {
        #expect(texts("").isEmpty)
        #expect(texts("，。！ ").isEmpty)
    }
}

@Suite struct SearchTokenizerRobustnessTests {
    @Test func randomBytesNeverBreakTheTokenizer() {
        var generator = SystemRandomNumberGenerator()
        let tokenizer = SearchTokenizer(pinyinTable: Repository.pinyinTable)
        let alphabet = Array("法律農業ＡＢｃ１２ ，。ﬁ㈠é\u{301}abc".utf8)
        for round in 0..<500 {
            let count = Int.random(in: 0..<64, using: &generator)
            let bytes: [UInt8] = (0..<count).map { _ in
                round.isMultiple(of: 2) ? UInt8.random(in: 0...255, using: &generator) : alphabet.randomElement()!
            }
            var previousStart = 0
            tokenizer.tokenize(bytes, pinyin: true) { token in
                #expect(token.byteRange.lowerBound >= previousStart)
                #expect(token.byteRange.upperBound <= bytes.count)
                #expect(!token.byteRange.isEmpty)
                #expect(!token.text.isEmpty)
                #expect(String(validating: token.text, as: UTF8.self) != nil)
                previousStart = token.byteRange.lowerBound
            }
        }
    }

    @Test func foldedTextTokenizesLikeTheOriginal() {
        let tokenizer = SearchTokenizer()
        for text in ["農村法律知識講座", "ＣＣＴＶ－７農業", "Rice 水稻 MP4", "遠程教育：養豬技術與疾病防治"] {
            let original = tokenizer.tokens(of: text).map(\.text)
            let folded = tokenizer.tokens(of: TextFolding.fold(text)).map(\.text)
            #expect(original == folded, "\(text)")
        }
    }

    @Test func tokenizesAThousandDocumentsQuickly() {
        let tokenizer = SearchTokenizer(pinyinTable: Repository.pinyinTable)
        let document = Array("農村法律知識講座：水稻种植技术（第三集）CCTV-7 农业科技 养猪技术与疾病防治，介绍饲养管理。".utf8)
        var count = 0
        let elapsed = ContinuousClock().measure {
            for _ in 0..<1000 {
                tokenizer.tokenize(document, pinyin: true) { _ in count += 1 }
            }
        }
        #expect(count > 0)
        // About 6 ms in release; debug builds and a busy machine get slack.
        #expect(elapsed < .seconds(2))
    }
}
