import Foundation
import ProgrammeGuide
import Testing

@Suite("Titles, descriptions and other content")
struct ContentTests {
    @Test("several titles, descriptions, categories per language, in document order")
    func multilingual() throws {
        let guide = try Fixture.read("multilingual.xml")
        let channel = try #require(guide.channels.first)
        #expect(channel.displayNames == [
            LocalizedText("CCTV-7 农业农村", language: "zh"), LocalizedText("CCTV-7 農業農村", language: "zh-TW"),
            LocalizedText("CCTV-7 Agriculture", language: "en"), LocalizedText("7"),
        ])
        #expect(channel.line == 3)
        let programme = try #require(guide.programmes.first)
        #expect(programme.titles == [
            LocalizedText("Science and Technology Garden", language: "en"), LocalizedText("科技苑", language: "zh"),
            LocalizedText("科技苑（繁體）", language: "zh-TW"),
        ])
        #expect(programme.titles.preferred() == "科技苑")
        #expect(programme.titles.preferred(["en"]) == "Science and Technology Garden")
        #expect(programme.subTitles.map(\.language) == ["zh", "en"])
        #expect(programme.descriptions.filter { $0.language == "zh" }.map(\.text) == [
            "第一段说明。", "第二段说明：\n      专家现场讲解。",
        ])
        #expect(programme.categories.map(\.text) == ["农业", "Agriculture"])
        #expect(programme.keywords == [LocalizedText("大棚", language: "zh"), LocalizedText("greenhouse")])
        #expect(programme.date == "20261201")
        #expect(programme.language == "中文")
        #expect(programme.line == 9)
    }

    @Test("predefined entities, character references and CDATA are plain text")
    func escapes() throws {
        let guide = try Fixture.read("doctype-system.xml")
        let programme = try #require(guide.programmes.first)
        #expect(programme.titles.first?.text == "科技苑 & 致富经 三农")
        #expect(programme.descriptions.first?.text == "大棚 <防冻> 技术")
    }

    @Test("values are Codable, for callers that store them")
    func codable() throws {
        let guide = try Fixture.read("multilingual.xml")
        let programme = try #require(guide.programmes.first)
        let data = try JSONEncoder().encode(programme)
        #expect(try JSONDecoder().decode(Programme.self, from: data) == programme)
    }
}
