import Foundation
import Testing
import Planner

/// Issue 20: each rule once, as a value; what it counts, its threshold on cut weeks, and declared relaxations
/// accepted for exactly their place.
@Suite struct RulebookTests {
    func session(_ date: String, _ start: Int, _ end: Int, _ kind: SessionKind) -> PlannedSession {
        PlannedSession(date: Fixtures.date(date), start: PropertyTests.time(start), end: PropertyTests.time(end), kind: kind)
    }

    @Test func cutWeeksAreProratedByOneFormula() {
        // November 2026 begins on a Sunday (a 1-day week) and ends on Monday the 30th (another 1-day week);
        // February 2027 begins on a Monday: whole weeks only. March 2027: 7, …, a 3-day week at the end.
        let rules = StationRules.standard
        let november = WeeklyMinutesRule.weeks(
            of: [], month: Fixtures.month("2026-11"), rules: rules, neighbours: .none,
            ownPartUsable: { _ in true }, neighbourPartUsable: { _ in true })
        #expect(november.map(\.dates.count) == [1, 7, 7, 7, 7, 1])
        #expect(november.map(\.required) == [30, 120, 120, 120, 120, 30])
        for days in 1...7 {
            #expect(rules.requiredMinutes(daysInMonth: days) == [30, 45, 60, 75, 90, 105, 120][days - 1])
        }
        // A cut week whose own part cannot hold a session needs nothing; one whose neighbour's part cannot, all.
        let ownUnusable = WeeklyMinutesRule.weeks(
            of: [], month: Fixtures.month("2026-11"), rules: rules, neighbours: .none,
            ownPartUsable: { $0.count > 1 }, neighbourPartUsable: { _ in true })
        #expect(ownUnusable.first?.required == 0)
        let neighbourUnusable = WeeklyMinutesRule.weeks(
            of: [], month: Fixtures.month("2026-11"), rules: rules, neighbours: .none,
            ownPartUsable: { _ in true }, neighbourPartUsable: { _ in false })
        #expect(neighbourUnusable.first?.required == 120)
        // With the neighbour's stored plan the week is judged whole: 120 minus what the neighbour holds.
        let october = StationPlan(id: "s", sessions: [session("2026-10-31", 600, 690, .weekly)], warnings: [])
        let whole = WeeklyMinutesRule.weeks(
            of: [], month: Fixtures.month("2026-11"), rules: rules, neighbours: NeighbourPlans(previous: october),
            ownPartUsable: { _ in true }, neighbourPartUsable: { _ in true })
        #expect(whole.first?.required == 30)
    }

    @Test func onlyStudyAndWeeklySessionsCountTowardTheWeek() {
        let sessions = [
            session("2026-12-07", 1140, 1260, .studyDay), session("2026-12-09", 1140, 1200, .weekly),
            session("2026-12-12", 510, 1290, .openDay),
        ]
        #expect(WeeklyMinutesRule.minutes(of: sessions) == 180)
        #expect(WeeklyMinutesRule.countedKinds == [.studyDay, .weekly])
        let weeks = WeeklyMinutesRule.weeks(
            of: sessions, month: Fixtures.month("2026-12"), rules: .standard, neighbours: .none,
            ownPartUsable: { _ in true }, neighbourPartUsable: { _ in true })
        let second = weeks.first { $0.monday == Fixtures.date("2026-12-07") }
        #expect(second?.minutes == 180 && second?.isMet == true)
        let checker = PlanChecker(calendar: Fixtures.cn2026)
        // The checker judges with the same value: its weeks are the rule's weeks.
        #expect(checker.weeks(of: sessions, rules: .standard, month: Fixtures.month("2026-12"), neighbours: .none).map(\.minutes)
            == weeks.map(\.minutes))
    }

    @Test func aRelaxationDeclaresExactlyItsPlace() {
        let month = Fixtures.month("2026-12")
        func violation(_ rule: PlanRule, _ date: String, monthWide: Bool = false) -> PlanViolation {
            PlanViolation(station: "s", date: Fixtures.date(date), rule: rule, detail: "", monthWide: monthWide)
        }
        let monthWide = PlanWarning(rule: .courses, week: nil, text: "课程不足", station: "s")
        #expect(monthWide.declares(violation(.topicShare, "2026-12-01", monthWide: true), month: month))
        #expect(!monthWide.declares(violation(.fill, "2026-12-09"), month: month))
        let session = PlanWarning(rule: .courses, week: 2, text: "空闲", station: "s", weekStart: Fixtures.date("2026-12-07"),
                                  date: Fixtures.date("2026-12-09"))
        #expect(session.declares(violation(.fill, "2026-12-09"), month: month))
        #expect(!session.declares(violation(.fill, "2026-12-10"), month: month))
        let week = PlanWarning(rule: .weeklyMinutes, week: 2, text: "只有 95 分钟", station: "s",
                               weekStart: Fixtures.date("2026-12-07"))
        #expect(week.declares(violation(.weeklyMinutes, "2026-12-07"), month: month))
        #expect(!week.declares(violation(.weeklyMinutes, "2026-12-14"), month: month))
        #expect(!week.declares(violation(.openDay, "2026-12-12"), month: month))
    }

    /// Plans stored before warnings carried their place: a warning naming no week excuses nothing but month-wide
    /// findings; one naming its week (「第2周」) excuses that week only.
    @Test func anOldPlansWarningsDeclareOnlyWhatTheirTextNames() throws {
        let month = Fixtures.month("2026-12")
        func violation(_ rule: PlanRule, _ date: String, monthWide: Bool = false) -> PlanViolation {
            PlanViolation(station: "s", date: Fixtures.date(date), rule: rule, detail: "", monthWide: monthWide)
        }
        let decode = { (text: String) throws -> PlanWarning in
            try JSONDecoder().decode(PlanWarning.self, from: Data("\"\(text)\"".utf8))
        }
        let monthLevel = try decode("双桥村远教站点（shuangqiao）2026年12月：课程不足（courses）——只排了 80 分钟")
        #expect(monthLevel.station.isEmpty && monthLevel.rule == .courses)
        #expect(monthLevel.declares(violation(.topicShare, "2026-12-01", monthWide: true), month: month))
        #expect(!monthLevel.declares(violation(.fill, "2026-12-09"), month: month))
        let weekLevel = try decode("双桥村远教站点（shuangqiao）第2周 12月7日–12月13日：每周学习时长（weekly-minutes）——只有 95 分钟")
        #expect(weekLevel.rule == .weeklyMinutes)
        #expect(weekLevel.declares(violation(.weeklyMinutes, "2026-12-07"), month: month))
        #expect(!weekLevel.declares(violation(.weeklyMinutes, "2026-12-14"), month: month))
        #expect(!weekLevel.declares(violation(.weeklyMinutes, "2026-12-01", monthWide: true), month: month))
    }

    @Test func aPlanTheCheckerWouldRejectIsNeverMade() {
        // No free minute at all in some weeks (avoid dates cover them): planned with declared relaxations.
        let station = Fixtures.station { rules in
            rules.avoidDates = (0..<10).map { Fixtures.date("2026-12-07").adding(days: $0) }
        }
        let pool = CoursePool(courses: generatedCourses(count: 300, seed: 20))
        let plan = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: Fixtures.month("2026-12")).plan(station: station)
        let report = PlanChecker(calendar: Fixtures.cn2026, catalogue: CatalogueView(courses: pool.courses))
            .check(MonthPlan(month: Fixtures.month("2026-12"), stations: [plan]), stations: [station])
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.accepted.contains { $0.rule == .weeklyMinutes && $0.date == Fixtures.date("2026-12-07") })
        #expect(plan.warnings.contains { $0.rule == .weeklyMinutes && $0.weekStart == Fixtures.date("2026-12-07") })
    }
}
