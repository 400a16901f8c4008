import Testing

@testable import ChineseText

@Suite struct TextFoldingTests {
    @Test func foldsTraditionalToSimplifiedPerCharacter() throws {
        try TextFolding.prepare()
        #expect(TextFolding.fold("農村法律知識講座") == "农村法律知识讲座")
        #expect(TextFolding.fold("頭髮") == "头发")
        #expect(TextFolding.fold("後來") == "后来")
    }

    @Test func foldsWidthAndCase() {
        #expect(TextFolding.fold("ＣＣＴＶ－７　農業") == "cctv-7 农业")
        #expect(TextFolding.fold("MP4 Video") == "mp4 video")
        #expect(TextFolding.fold("①") == "1")
    }

    @Test func simplifiedTextIsUnchangedButFullWidthPunctuationNarrows() {
        #expect(TextFolding.fold("水稻种植技术") == "水稻种植技术")
        #expect(TextFolding.fold("水稻种植技术（第三集）") == "水稻种植技术(第三集)")
    }

    @Test func foldingKeepsOneScalarPerScalarForChinese() {
        let text = "遠程教育：養豬技術與疾病防治"
        #expect(TextFolding.fold(text).unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func compatibilityIdeographsFoldToUnified() {
        // U+F900 is a compatibility ideograph for U+8C48 豈, which then folds to simplified 岂.
        #expect(TextFolding.fold("\u{F900}") == "岂")
        #expect(TextFolding.fold("\u{8C48}") == "岂")
    }
}
