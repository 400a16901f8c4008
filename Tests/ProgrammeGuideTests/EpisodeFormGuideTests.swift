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
}
