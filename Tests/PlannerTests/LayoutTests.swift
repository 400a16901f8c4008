import Testing
import Planner

/// Layer 1 on the standard station in December 2026 (in term; Dec 1 is a Tuesday, Dec 31 a Thursday).
@Suite struct LayoutTests {
    let calendar = Fixtures.cn2026
    let december = Fixtures.month("2026-12")
    let pool = CoursePool(courses: generatedCourses(count: 400, seed: 7))

    func plan(_ station: Station, month: YearMonth? = nil) -> StationPlan {
        MonthPlanner(pool: pool, calendar: calendar, month: month ?? december).plan(station: station)
    }

    @Test func twoStudyDaysOnWeekendsWeekApart() throws {
        let station = Fixtures.station()
        let study = plan(station).sessions.filter { $0.kind == .studyDay }
        #expect(study.count == 2)
        #expect(study.allSatisfy { $0.date.weekday == .sunday && $0.minutes == 120 })
        #expect(study.map(\.start.description) == ["09:00", "09:00"])
        let gap = try #require(study.first).date.days(to: try #require(study.last).date)
        #expect(gap >= 7)
    }

    @Test func openDayEverySaturdaySpanningOpenHours() {
        let open = plan(Fixtures.station()).sessions.filter { $0.kind == .openDay }
        #expect(open.map(\.date.day) == [5, 12, 19, 26])
        #expect(open.allSatisfy { $0.start.description == "08:30" && $0.end.description == "21:30" })
    }

    /// December 2026 weeks: Dec 1–6 (6 days → 105 min), three whole weeks (120), Dec 28–31 (4 days → 75).
    @Test func weeklyMinutesWithProratedEdges() {
        let station = Fixtures.station()
        let sessions = plan(station).sessions.filter { $0.kind != .openDay }
        let weeks: [(ClosedRange<Int>, Int)] = [(1...6, 105), (7...13, 120), (14...20, 120), (21...27, 120), (28...31, 75)]
        for (days, required) in weeks {
            let minutes = sessions.filter { days.contains($0.date.day) }.reduce(0) { $0 + $1.minutes }
            #expect(minutes >= required, "week \(days)")
            #expect(minutes <= max(required, 120) + 30, "week \(days) should not be padded much")
        }
    }

    @Test func schoolDaySessionsAreEvenings() {
        let station = Fixtures.station()
        for session in plan(station).sessions {
            let kind = station.rules.dayKind(of: session.date, calendar: calendar)
            if kind.isSchoolDay {
                #expect(session.start.minutes >= 18 * 60 + 30, "\(session.date)")
                #expect(session.start.description == "19:00" || session.kind == .openDay)
            }
        }
    }

    /// An open day on a school day is that day's evening.
    @Test func openDayOnSchoolDayIsTheEvening() {
        let station = Fixtures.station { $0.openDay = .wednesday }
        let open = plan(station).sessions.filter { $0.kind == .openDay }
        #expect(open.map(\.date.day) == [2, 9, 16, 23, 30])
        #expect(open.allSatisfy { $0.start.description == "18:30" && $0.end.description == "21:30" })
    }

    /// October 2026: the National Day holiday (Oct 1–7) and the adjusted working Saturday Oct 10.
    @Test func octoberHolidaysAndAdjustedWorkday() {
        let station = Fixtures.station()
        let sessions = plan(station, month: Fixtures.month("2026-10")).sessions
        let tenth = sessions.filter { $0.date.day == 10 }
        // Oct 10 is the open-day Saturday but a school day: the open day is its evening.
        #expect(tenth.map(\.kind) == [.openDay])
        #expect(tenth.first?.start.description == "18:30")
        let study = sessions.filter { $0.kind == .studyDay }
        #expect(study.count == 2)
        #expect(study.allSatisfy { !station.rules.dayKind(of: $0.date, calendar: calendar).isSchoolDay })
    }

    @Test func avoidDatesMoveTheOpenDayWithAWarning() {
        let station = Fixtures.station { $0.avoidDates = [Fixtures.date("2026-12-12")] }
        let result = plan(station)
        #expect(!result.sessions.contains { $0.date.day == 12 })
        #expect(result.sessions.contains { $0.kind == .openDay && $0.date.day == 13 })
        let warning = result.warnings.first { $0.rule == .openDay }
        #expect(warning?.week == 2)
        #expect(warning?.text == "shuangqiao站点（shuangqiao） 第2周 12月7日–12月13日：每周开放日（open-day）——12月12日是回避日期，开放日改到12月13日（星期日）")
    }

    /// A boarding school with evening self-study: school-day evenings are too short for a study day.
    @Test func shortEveningsPushSessionsToWeekends() {
        let station = Fixtures.station {
            $0.schoolHours = ["07:40-11:50", "13:50-17:20", "19:00-20:30"].map(Fixtures.interval)
            $0.openHours = OpenHours(schoolDay: Fixtures.interval("17:30-21:30"), otherDay: Fixtures.interval("08:00-21:00"))
            $0.openDay = .sunday
        }
        let result = plan(station)
        for session in result.sessions where station.rules.dayKind(of: session.date, calendar: calendar).isSchoolDay {
            #expect(session.end.minutes <= 19 * 60 || session.start.minutes >= 20 * 60 + 30)
        }
        #expect(result.sessions.filter { $0.kind == .studyDay }.allSatisfy { $0.date.weekday == .saturday })
        #expect(PlanChecker(calendar: calendar).check(result, station: station, month: december).isEmpty)
    }
}
