import Foundation
import ProgrammeGuide
import Testing

@Suite("Episode numbers from real guide titles")
struct EpisodeFormGuideTests {
    @Test("episode, range, season and on-screen year-issue numbers")
    func forms() throws {
        let guide = try Fixture.read("episode-forms.xml")
        func numbers(_ channel: String) -> [Int?] {
            let programme = guide.programme(onChannel: channel)
            return [programme?.season, programme?.episode, programme?.episodeLast]
        }
        #expect(numbers("a") == [nil, 42, nil])
        #expect(numbers("b") == [nil, 10, nil])
        #expect(numbers("c") == [nil, 1, 4])
        #expect(numbers("d") == [4, 34, nil])
        #expect(numbers("e") == [nil, 44, nil])
        #expect(numbers("f") == [4, 12, nil])
        #expect(numbers("g") == [4, nil, nil])
        #expect(guide.programme(onChannel: "b")?.seriesTitle == "六姊妹")
    }

    @Test("a slot's name before the title keeps the episode: 「民生剧场:我是刑警9」, 「【黄金剧场】山海情 12」")
    func slotPrefixes() throws {
        let guide = try Fixture.read("episode-forms.xml")
        func parsed(_ channel: String) -> [String?] {
            let programme = guide.programme(onChannel: channel)
            return [programme?.episode.map(String.init), programme?.seriesTitle]
        }
        #expect(parsed("h") == ["9", "我是刑警"])
        #expect(parsed("i") == ["12", "山海情"])
        #expect(parsed("j") == ["3", "繁花"])
        #expect(parsed("m") == ["12", "人世间"])
        // Without a slot a trailing number is not read as an episode (a season, a year, a channel).
        #expect(parsed("k") == [nil, nil])
        #expect(parsed("l") == [nil, nil])
    }
}
