import Foundation
import Testing
import Yuanjiao

/// Values that parse but would trap, hang or mislead the planner (issue 12).
@Suite("Station file: limits the planner relies on")
struct StationFileLimitsTests {
    static func file(defaults: String, calendar: String = "CN-2026") -> String {
        """
        county: 测试县
        calendar: \(calendar)
        defaults:
        \(defaults)
        stations:
          - id: a
        """
    }

    @Test("a topic weight of 1e306 or 1000 is refused with its bound; 999 passes")
    func topicWeights() {
        let huge = StationFileFixtures.lines(StationFileFixtures.check(text: Self.file(defaults: "  topics: {policy: 1e306, law: 1000}")))
        #expect(huge.count == 2)
        #expect(huge.allSatisfy { $0.contains("权重应为小于 1000 的正数") }, "\(huge)")
        #expect(StationFileFixtures.check(text: Self.file(defaults: "  topics: {policy: 999, law: 0.5}")).isValid)
    }

    @Test("weekly_minutes beyond what a week can hold names the real bound")
    func weeklyMinutesBound() {
        let lines = StationFileFixtures.lines(StationFileFixtures.check(text: Self.file(defaults: "  weekly_minutes: 100000")))
        #expect(lines.count == 1)
        // The default open hours on other days are 08:30-21:30: 13 hours; the open day takes one day: 6 × 780.
        #expect(lines.first?.contains("超过一周最多能安排的 4680 分钟") == true, "\(lines)")
    }

    @Test("weekly_minutes above the week's open hours is refused with file:line (the open day does not count)")
    func weeklyMinutesAboveOpenHours() {
        let lines = StationFileFixtures.lines(StationFileFixtures.check(text: Self.file(defaults: "  weekly_minutes: 4700")))
        #expect(lines.count == 1, "\(lines)")
        // Line 4 of the file: `weekly_minutes: 4700` under `defaults:`.
        #expect(lines.first?.hasPrefix("4:") == true, "\(lines)")
        #expect(StationFileFixtures.check(text: Self.file(defaults: "  weekly_minutes: 4680")).isValid)
    }

    @Test("an avoid_dates range to 9999 is refused at once, without listing its days")
    func longAvoidRange() {
        let started = Date()
        let report = StationFileFixtures.check(text: Self.file(defaults: #"  avoid_dates: ["2026-12-01..9999-12-31"]"#))
        #expect(Date().timeIntervalSince(started) < 5)
        let lines = StationFileFixtures.lines(report)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("比节假日日历（每年一份）还长") == true, "\(lines)")
        #expect(StationFileFixtures.check(text: Self.file(defaults: #"  avoid_dates: ["2026-01-01..2026-12-31"]"#)).isValid)
    }

    @Test("a calendar listed twice is reported at its second mention")
    func duplicateCalendars() {
        let lines = StationFileFixtures.lines(StationFileFixtures.check(text: Self.file(defaults: "  weekly_minutes: 120", calendar: "[CN-2026, CN-2026]")))
        #expect(lines == ["2:21: 日历 CN-2026 重复列出，只写一次"], "\(lines)")
    }

    @Test("a boarding school (every school-day evening taught) is a valid station file")
    func boardingSchool() {
        let text = Self.file(defaults: #"  school_hours: ["07:00-21:30"]"#)
        #expect(StationFileFixtures.check(text: text).isValid)
    }
}
