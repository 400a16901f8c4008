import Foundation
import ProgrammeGuide
import Testing

@Suite("Missing stop")
struct StopTests {
    let guide: Guide

    init() throws {
        guide = try Fixture.read("missing-stop.xml")
    }

    @Test("a stop attribute is kept as given")
    func explicit() throws {
        let programme = try #require(guide.programme(titled: "科技苑"))
        #expect(programme.stop == Fixture.beijing(2026, 12, 1, 19, 30))
        #expect(!programme.stopIsInferred)
        #expect(programme.duration == 1800)
    }

    @Test("without stop, <length> in minutes, hours or seconds gives it")
    func fromLength() throws {
        let minutes = try #require(guide.programme(titled: "先锋新闻"))
        #expect(minutes.length == 2700)
        #expect(minutes.stop == Fixture.beijing(2026, 12, 1, 18, 45))
        #expect(minutes.stopIsInferred)
        let hours = try #require(guide.programme(titled: "致富经"))
        #expect(hours.stop == Fixture.beijing(2026, 12, 1, 20))
        let seconds = try #require(guide.programme(titled: "三农信息"))
        #expect(seconds.stop == Fixture.beijing(2026, 12, 1, 20, 5))
        #expect(seconds.stopIsInferred)
    }

    @Test("without stop or length, the next programme on the same channel gives it")
    func fromNextProgramme() throws {
        // 乡村大世界 is followed in the file by a programme on another channel; its successor is 科技苑.
        let first = try #require(guide.programme(titled: "乡村大世界"))
        #expect(first.stop == Fixture.beijing(2026, 12, 1, 19))
        #expect(first.stopIsInferred)
        let show = try #require(guide.programme(titled: "田间示范秀"))
        #expect(show.stop == Fixture.beijing(2026, 12, 1, 21))
        #expect(show.stopIsInferred)
    }

    @Test("the last programme of a channel without stop or length keeps an unknown stop")
    func lastOnChannel() throws {
        for title in ["乡村振兴面对面", "政策解读"] {
            let programme = try #require(guide.programme(titled: title))
            #expect(programme.stop == nil, "\(title)")
            #expect(!programme.stopIsInferred, "\(title)")
            #expect(programme.duration == nil, "\(title)")
        }
    }

    @Test("read returns programmes in document order")
    func documentOrder() {
        #expect(guide.programmes.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 10])
    }

    @Test("stream holds back only programmes waiting for a successor")
    func streamOrder() throws {
        var lines: [Int] = []
        let warnings = try GuideReader.stream(
            contentsOf: Fixture.url("missing-stop.xml"), channel: { _ in }, programme: { lines.append($0.line) })
        #expect(warnings.isEmpty)
        // 乡村大世界 (line 3) waits for 科技苑 (line 6); 政策解读 and 乡村振兴面对面 wait for the end.
        #expect(lines == [4, 3, 6, 7, 8, 9, 5, 10])
    }
}

@Suite("Missing stops by time, not by file order")
struct StopsByTimeTests {
    @Test("a channel listed out of order: each stop is the next start on the channel by time")
    func outOfOrder() throws {
        let guide = try Fixture.read("out-of-order.xml")
        #expect(guide.programme(titled: "甲")?.stop == Fixture.beijing(2026, 12, 1, 20))
        #expect(guide.programme(titled: "乙")?.stop == Fixture.beijing(2026, 12, 1, 21))
        #expect(guide.programme(titled: "别台")?.stop == nil)
        #expect(guide.programmes.map { $0.titles.first?.text } == ["甲", "丙", "别台", "乙"])
    }
}
