import ChineseText
import Foundation
import ProgrammeGuide
import Testing

@Suite("Episode numbers")
struct EpisodeTests {
    let guide: Guide

    init() throws {
        guide = try Fixture.read("episodes.xml")
    }

    private func programme(_ channel: String) throws -> Programme {
        try #require(guide.programme(onChannel: channel))
    }

    @Test("xmltv_ns is zero-based season.episode.part")
    func xmltvNS() throws {
        let programme = try programme("ns")
        #expect(programme.episodeNumbers == [EpisodeNumber(system: "xmltv_ns", value: "0.11.0/1")])
        #expect(programme.season == 1)
        #expect(programme.episode == 12)
        #expect(programme.part == 1)
        #expect(programme.seriesTitle == "Farm Show")
        let partial = try self.programme("ns-partial")
        #expect(partial.season == nil)
        #expect(partial.episode == 5)
        #expect(partial.part == nil)
    }

    @Test("onscreen S02E07")
    func onscreen() throws {
        let programme = try programme("onscreen")
        #expect(programme.season == 2)
        #expect(programme.episode == 7)
    }

    @Test("xmltv_ns is trusted over onscreen and over the title")
    func precedence() throws {
        let programme = try programme("both")
        #expect(programme.season == 3)
        #expect(programme.episode == 5)
        #expect(programme.episodeNumbers.count == 2)
    }

    @Test("no episode: no series title")
    func none() throws {
        let programme = try programme("none")
        #expect(programme.episode == nil)
        #expect(programme.part == nil)
        #expect(programme.seriesTitle == nil)
    }

    @Test("Chinese markers in titles: 第三集, 第12集, 第十二讲, （下）")
    func chineseTitles() throws {
        let third = try programme("zh-title")
        #expect(third.episode == 3)
        #expect(third.seriesTitle == "水稻种植技术")
        #expect(try programme("zh-title-digits").episode == 12)
        let lecture = try programme("zh-lecture")
        #expect(lecture.episode == 12)
        #expect(lecture.seriesTitle == "农村法律知识")
        let part = try programme("zh-part")
        #expect(part.part != nil)
        #expect(part.seriesTitle == "生猪养殖疫病防控")
    }

    @Test("a Chinese marker in the sub-title numbers the title's series")
    func chineseSubTitle() throws {
        let programme = try programme("zh-subtitle")
        #expect(programme.episode == 3)
        #expect(programme.seriesTitle == "党员教育专题片")
    }

    @Test("a Chinese onscreen number")
    func chineseOnscreen() throws {
        #expect(try programme("zh-onscreen").episode == 12)
    }
}
