import Foundation
import ProgrammeGuide
import Testing

@Suite("Sample guides")
struct SampleGuideTests {
    let guide: Guide

    init() throws {
        guide = try GuideReader.read(contentsOf: Fixture.samples.appendingPathComponent("sample-guide.xml"))
    }

    @Test("reads without warnings")
    func clean() {
        #expect(guide.warnings.isEmpty)
        #expect(guide.channels.map(\.id) == ["CCTV-7", "先锋频道"])
        #expect(guide.channels.first?.displayNames.preferred() == "CCTV-7 农业农村")
    }

    /// The satellite recordings in Samples/courseware/卫星接收/, by channel, start and minutes.
    @Test(
        "covers every sample recording",
        arguments: [
            ("CCTV-7", Fixture.beijing(2026, 12, 1, 19), 30.0, "科技苑"),
            ("CCTV-7", Fixture.beijing(2026, 12, 2, 19, 30), 25.0, "乡村法治课堂（第三集）"),
            ("先锋频道", Fixture.beijing(2026, 12, 3, 19), 30.0, "党员教育专题片"),
        ])
    func recording(channel: String, start: Date, minutes: Double, title: String) throws {
        let programme = try #require(guide.programmes.first { $0.channel == channel && $0.start == start })
        #expect(programme.duration == minutes * 60)
        #expect(programme.titles.preferred() == title)
        #expect(!programme.subTitles.isEmpty)
        #expect(!programme.descriptions.isEmpty)
        #expect(!programme.categories.isEmpty)
    }

    @Test("the 第三集 recording is numbered, and its series named")
    func episode() throws {
        let programme = try #require(guide.programme(titled: "乡村法治课堂（第三集）"))
        #expect(programme.episode == 3)
        #expect(programme.seriesTitle == "乡村法治课堂")
        #expect(programme.categories.map(\.text) == ["法制", "政策"])
    }

    @Test("the evenings around the recordings have every kind of stop")
    func evenings() throws {
        #expect(guide.programmes.contains { $0.stopIsInferred && $0.length == nil })
        #expect(guide.programmes.contains { $0.stopIsInferred && $0.length != nil })
        #expect(guide.programmes.contains { $0.stop == nil })
        #expect(guide.programmes.count == 19)
    }
}
