import Testing
@testable import Planner

/// Dates and clock times in their usual form are read from their bytes; every other form goes the general way.
/// Both ways must give the same value, and the same refusal.
struct FastParsingTests {
    @Test(arguments: ["2026-12-07", "2024-02-29", "0001-01-01", " 2026-12-07 ", "2026-12-07\t"])
    func datesReadTheSameEitherWay(text: String) throws {
        let date = try LocalDate(parsing: text)
        let parts = text.trimmingWhitespace().split(separator: "-").compactMap { Int($0) }
        #expect(date == (try LocalDate(year: parts[0], month: parts[1], day: parts[2])))
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-12-32", "2026-1-07", "2026/12/07", "2026-12-07x", "２０２６-12-07"])
    func impossibleOrMalformedDatesAreRefused(text: String) {
        #expect(throws: PlannerValueError.self) { try LocalDate(parsing: text) }
    }

    @Test func clockTimesReadTheSameEitherWay() throws {
        #expect(try TimeOfDay(parsing: "19:05").minutes == 19 * 60 + 5)
        #expect(try TimeOfDay(parsing: "7:05").minutes == 7 * 60 + 5)
        #expect(try TimeOfDay(parsing: " 07:05 ").minutes == 7 * 60 + 5)
        #expect(try TimeOfDay(parsing: "24:00").minutes == 1440)
        for bad in ["24:01", "19:60", "25:00", "19-05", "1905", "19:5"] {
            #expect(throws: PlannerValueError.self) { try TimeOfDay(parsing: bad) }
        }
        #expect(TimeOfDay.seconds(clockText: "01:02:03") == 3723)
        #expect(TimeOfDay.seconds(clockText: "00:40:00") == 2400)
        #expect(TimeOfDay.seconds(clockText: "40:00") == 2400)
        #expect(TimeOfDay.seconds(clockText: "1:02:03") == 3723)
        #expect(TimeOfDay.seconds(clockText: "01:0x:03") == nil)
        #expect(TimeOfDay.seconds(clockText: "01-02-03") == nil)
    }
}
