import Foundation
import ProgrammeGuide
import Testing

@Suite("Times")
struct TimeTests {
    @Test("every XMLTV time form, with and without offset")
    func everyForm() throws {
        let guide = try Fixture.read("time-forms.xml")
        let expected: [(channel: String, start: Date, stop: Date)] = [
            ("full", Fixture.beijing(2026, 12, 1, 19), Fixture.beijing(2026, 12, 1, 19, 30)),
            ("minutes", Fixture.beijing(2026, 12, 1, 19), Fixture.beijing(2026, 12, 1, 19, 30)),
            ("hours", Fixture.beijing(2026, 12, 1, 19), Fixture.beijing(2026, 12, 1, 20)),
            ("days", Fixture.beijing(2026, 12, 1), Fixture.beijing(2026, 12, 2)),
            ("utc", Fixture.beijing(2026, 12, 1, 19), Fixture.beijing(2026, 12, 1, 19, 30)),
            ("west", Fixture.beijing(2026, 12, 1, 19), Fixture.beijing(2026, 12, 1, 19, 30)),
            ("compact", Fixture.beijing(2026, 12, 1, 19, 30), Fixture.beijing(2026, 12, 1, 20)),
            ("zone", Fixture.beijing(2026, 12, 1, 19), Fixture.beijing(2026, 12, 1, 19, 30)),
            ("zone-short", Fixture.beijing(2026, 12, 1, 19), Fixture.beijing(2026, 12, 1, 20)),
        ]
        #expect(guide.programmes.count == expected.count)
        for (channel, start, stop) in expected {
            let programme = try #require(guide.programme(onChannel: channel), "\(channel)")
            #expect(programme.start == start, "\(channel)")
            #expect(programme.stop == stop, "\(channel)")
            #expect(!programme.stopIsInferred, "\(channel)")
        }
    }

    @Test("times without offset take the default zone, with one warning per guide")
    func defaultZone() throws {
        let guide = try Fixture.read("no-offset.xml")
        #expect(guide.programmes.map(\.start) == [
            Fixture.beijing(2026, 12, 1, 19), Fixture.beijing(2026, 12, 1, 19, 30), Fixture.beijing(2026, 12, 1, 20),
        ])
        let zoneWarnings = guide.warnings.filter { $0.message.contains("没有写时区") }
        #expect(zoneWarnings.count == 1)
        #expect(zoneWarnings.first?.line == 3)
        #expect(zoneWarnings.first?.message.contains("按北京时间理解") == true)
    }

    @Test("the default zone is configurable")
    func configuredZone() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let guide = try Fixture.read("no-offset.xml", options: GuideOptions(defaultTimeZone: utc))
        #expect(guide.programmes.first?.start == Fixture.beijing(2026, 12, 2, 3))
        // The explicit +0800 is not affected.
        #expect(guide.programmes.last?.start == Fixture.beijing(2026, 12, 1, 20))
        #expect(guide.warnings.contains { $0.message.contains("按\(utc.identifier)时间理解") })
    }

    @Test("a zone with daylight saving resolves wall-clock times on either side of the change")
    func daylightSaving() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let url = try Fixture.temporary(Array("""
            <tv>
              <programme start="20260301120000" channel="winter"><title>w</title></programme>
              <programme start="20260701120000" channel="summer"><title>s</title></programme>
            </tv>
            """.utf8))
        defer { Fixture.remove(url) }
        let guide = try GuideReader.read(contentsOf: url, options: GuideOptions(defaultTimeZone: newYork))
        #expect(guide.programme(onChannel: "winter")?.start == Date(timeIntervalSince1970: 1_772_384_400))
        #expect(guide.programme(onChannel: "summer")?.start == Date(timeIntervalSince1970: 1_782_921_600))
    }
}
