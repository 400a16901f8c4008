import Testing
@testable import ProgrammeGuide

/// `preferred` compares language tags byte by byte now: the same answers as the `lowercased()` comparison.
@Suite("Preferred language of a programme's texts")
struct LanguagePreferenceTests {
    static let texts = [
        LocalizedText("Farm news", language: "en-GB"), LocalizedText("农业新闻", language: "ZH-cn"),
        LocalizedText("農業新聞", language: "zh-TW"),
    ]

    @Test("a tag matches by prefix, ignoring case; no match gives the first text")
    func prefixIgnoringCase() {
        #expect(Self.texts.preferred() == "农业新闻")
        #expect(Self.texts.preferred(["EN"]) == "Farm news")
        #expect(Self.texts.preferred(["zh-tw", "zh"]) == "農業新聞")
        #expect(Self.texts.preferred(["fr"]) == "Farm news")
        #expect([LocalizedText("x", language: "z")].preferred() == "x")
        #expect([LocalizedText("a", language: "z@"), LocalizedText("b", language: "z`")].preferred(["z`"]) == "b")
        #expect([LocalizedText("a", language: "zh")].preferred(["zh-CN"]) == "a")
    }
}
