import Testing
import Planner

@Suite struct CalendarValueTests {
    @Test(arguments: [
        ("1970-01-01", Weekday.thursday), ("2000-02-29", .tuesday), ("2026-01-01", .thursday),
        ("2026-01-04", .sunday), ("2026-02-14", .saturday), ("2026-10-10", .saturday), ("2026-12-07", .monday),
        ("2027-01-01", .friday), ("1949-10-01", .saturday),
    ])
    func weekdays(text: String, weekday: Weekday) {
        #expect(Fixtures.date(text).weekday == weekday)
    }

    @Test func dayNumbersRoundTripAcrossCenturies() throws {
        var date = try LocalDate(year: 1899, month: 12, day: 25)
        var previous = date.dayNumber
        for _ in 0..<80_000 {
            date = date.adding(days: 1)
            #expect(date.dayNumber == previous + 1)
            let rebuilt = try LocalDate(year: date.year, month: date.month, day: date.day)
            #expect(rebuilt.dayNumber == date.dayNumber)
            previous = date.dayNumber
        }
        #expect(date.description == "2119-01-06")  // python: date(1899,12,25) + timedelta(80000)
    }

    @Test func monthLengths() {
        #expect(LocalDate.daysInMonth(year: 2026, month: 2) == 28)
        #expect(LocalDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(LocalDate.daysInMonth(year: 2000, month: 2) == 29)
        #expect(LocalDate.daysInMonth(year: 2100, month: 2) == 28)
        #expect(Fixtures.month("2026-12").days.count == 31)
        #expect(Fixtures.month("2026-12").adding(months: 1).description == "2027-01")
        #expect(Fixtures.month("2026-01").adding(months: -12).description == "2025-01")
    }

    @Test func parsesTimesAndIntervals() throws {
        #expect(try TimeOfDay(parsing: "08:00").minutes == 480)
        #expect(try TimeOfDay(parsing: "24:00").minutes == 1440)
        #expect(try DayInterval(parsing: "18:30-21:30").minutes == 180)
        #expect(try DayInterval(parsing: " 08:00 – 11:50 ").description == "08:00-11:50")
        #expect(TimeOfDay.clockText(seconds: 3 * 3600 + 62) == "03:01:02")
        #expect(TimeOfDay.seconds(clockText: "01:14:46") == 4486)
        #expect(try DateRange(parsing: "2026-09-01..2027-01-22").dayCount == 144)
        #expect(try Weekday(parsing: "Saturday") == .saturday)
        #expect(try Weekday(parsing: "周日") == .sunday)
        #expect(try Weekday(parsing: "星期三") == .wednesday)
    }

    @Test(arguments: [
        ("25:00", "小时必须在 00–23 之间（24 小时制），例如 19:00"),
        ("7pm", "时刻应写成 HH:MM（24 小时制），例如 19:00"),
        ("18:75", "分钟必须在 00–59 之间，例如 18:30"),
    ])
    func rejectsBadTimes(text: String, message: String) {
        do {
            _ = try TimeOfDay(parsing: text)
            Issue.record("\(text) accepted")
        } catch {
            #expect(error.input == text)
            #expect(error.message == message)
            #expect(error.description == "“\(text)”：\(message)")
        }
    }

    @Test func rejectsBackwardsIntervalsAndImpossibleDates() {
        #expect(throws: PlannerValueError(input: "18:30-17:00", message: "结束时刻必须晚于开始时刻（不能跨过午夜），例如 18:30-21:30")) {
            try DayInterval(parsing: "18:30-17:00")
        }
        #expect(throws: PlannerValueError(input: "2026-02-29", message: "2026年2月只有 28 天")) {
            try LocalDate(parsing: "2026-02-29")
        }
        #expect(throws: PlannerValueError.self) { try DateRange(parsing: "2027-01-22..2026-09-01") }
        #expect(throws: PlannerValueError.self) { try YearMonth(parsing: "2026-13") }
        #expect(throws: PlannerValueError.self) { try Weekday(parsing: "someday") }
    }

    /// The proration the README quotes: a week cut by the month's edge needs days/7 of the weekly minutes,
    /// rounded up to a quarter hour.
    @Test func proratesCutWeeks() {
        let rules = StationRules.standard
        #expect((1...7).map { rules.requiredMinutes(daysInMonth: $0) } == [30, 45, 60, 75, 90, 105, 120])
        var odd = rules
        odd.weeklyMinutes = 100
        #expect((1...7).map { odd.requiredMinutes(daysInMonth: $0) } == [15, 30, 45, 60, 75, 90, 100])
        odd.weeklyMinutes = 0
        #expect(odd.requiredMinutes(daysInMonth: 3) == 0)
    }

    @Test func calendarDocumentRejectsConflicts() {
        let clash = HolidayCalendarDocument(
            id: "X", name: "X", holidays: [.init(name: "国庆节", dates: ["2026-10-01..2026-10-07"])],
            workdays: [.init(name: "国庆节调休上班", date: "2026-10-07")])
        #expect(throws: PlannerValueError.self) { try clash.makeCalendar() }
        let bad = HolidayCalendarDocument(
            id: "X", name: "X", holidays: [.init(name: "春节", dates: ["2026-02-30"])], workdays: [])
        do {
            _ = try bad.makeCalendar()
            Issue.record("2026-02-30 accepted")
        } catch {
            #expect(error.message.hasPrefix("假期“春节”："))
        }
    }

    @Test func stationRuleProblemsAreAllReported() throws {
        var rules = StationRules.standard
        rules.schoolHours = [Fixtures.interval("08:00-11:50"), Fixtures.interval("11:00-12:00")]
        rules.terms = [Fixtures.range("2026-09-01..2027-01-22"), Fixtures.range("2027-01-01..2027-07-02")]
        rules.topics.append(TopicWeight(topic: "astrology", weight: 1))
        rules.sessionMinutes = 0
        let problems = rules.problems(knownTopics: ["policy", "law", "ethics", "agritech"])
        #expect(problems.map(\.key) == ["school_hours", "terms", "session_minutes", "topics"])
        #expect(problems[3].description == "topics[4]：未知主题 astrology，可用的主题：agritech, ethics, law, policy")
        #expect(StationRules.standard.problems(knownTopics: ["policy", "law", "ethics", "agritech"]).isEmpty)
    }
}
