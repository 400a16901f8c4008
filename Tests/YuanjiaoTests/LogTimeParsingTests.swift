import Planner
import Testing
import Yuanjiao

/// The byte-level reading of the usual `YYYY-MM-DD HH:MM[:SS]` agrees with the general one.
@Suite struct LogTimeParsingTests {
    @Test(arguments: [
        ("2026-03-07 19:05", 19 * 3600 + 5 * 60), ("2026-03-07T19:05:09", 19 * 3600 + 5 * 60 + 9),
        ("  2026-03-07 19:05:09 ", 19 * 3600 + 5 * 60 + 9), ("2026-03-07  19:05", 19 * 3600 + 5 * 60),
    ])
    func usualForms(text: String, seconds: Int) throws {
        let time = try #require(LogTime(parsing: text))
        #expect(time.date == (try LocalDate(parsing: "2026-03-07")))
        #expect(time.seconds == seconds)
    }

    @Test(arguments: ["2026-02-30 19:05", "2026-03-07 24:00", "2026-03-07 19:60:00", "2026-03-07 19:05:60", "2026-3-07 19:05", "2026-03-07 1a:05"])
    func refused(text: String) {
        #expect(LogTime(parsing: text) == nil)
    }
}
