import Testing
import Planner

/// Monday–Sunday weeks cut by a month's edge are planned and checked whole against the neighbouring month's
/// stored plan; prorating remains only when the neighbour has none.
@Suite struct WholeWeekTests {
    let pool = CoursePool(courses: generatedCourses(count: 400, seed: 12))
    let sundayStation = Fixtures.station { $0.openDay = .sunday }

    func planner(_ month: String) -> MonthPlanner {
        MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: Fixtures.month(month))
    }

    func studyMinutes(_ plan: StationPlan, _ range: String) -> Int {
        let dates = Fixtures.range(range)
        return plan.sessions.filter { $0.kind != .openDay && dates.contains($0.date) }.reduce(0) { $0 + $1.minutes }
    }

    @Test func sundayOpenDayOnTheFirstIsCarriedByThePreviousMonth() {
        // 2026-02-01 is a Sunday: the open day, the only day of February in the week of 1-26..2-1.
        let january = planner("2026-01").plan(station: sundayStation)
        #expect(studyMinutes(january, "2026-01-26..2026-01-31") >= 120)
        let february = planner("2026-02").plan(station: sundayStation, neighbours: NeighbourPlans(previous: january))
        #expect(!february.warnings.contains { $0.rule == .weeklyMinutes && $0.week == 1 })
        let checker = PlanChecker(calendar: Fixtures.cn2026)
        let checked = checker.check(
            february, station: sundayStation, month: Fixtures.month("2026-02"), neighbours: NeighbourPlans(previous: january))
        #expect(!checked.contains { $0.rule == .weeklyMinutes || $0.rule == .openDay }, "\(checked)")
        #expect(checker.check(january, station: sundayStation, month: Fixtures.month("2026-01"),
                              neighbours: NeighbourPlans(next: february)).isEmpty)
    }

    @Test(arguments: [false, true])
    func consecutiveMonthsInEitherOrderAddUpToWholeWeeks(reversed: Bool) {
        let station = Fixtures.station()
        let novemberPlanner = planner("2026-11"), decemberPlanner = planner("2026-12")
        let november: StationPlan, december: StationPlan
        if reversed {
            december = decemberPlanner.plan(station: station)
            november = novemberPlanner.plan(station: station, neighbours: NeighbourPlans(next: december))
        } else {
            november = novemberPlanner.plan(station: station)
            december = decemberPlanner.plan(station: station, neighbours: NeighbourPlans(previous: november))
        }
        // The week of 11-30 (Monday) to 12-6: one day in November, six in December.
        #expect(studyMinutes(november, "2026-11-30..2026-11-30") + studyMinutes(december, "2026-12-01..2026-12-06") >= 120)
        let checker = PlanChecker(calendar: Fixtures.cn2026)
        let both = NeighbourPlans(previous: november)
        #expect(checker.check(december, station: station, month: Fixtures.month("2026-12"), neighbours: both)
            .filter { $0.rule == .weeklyMinutes }.isEmpty)
        #expect(checker.check(november, station: station, month: Fixtures.month("2026-11"), neighbours: NeighbourPlans(next: december))
            .filter { $0.rule == .weeklyMinutes }.isEmpty)
    }

    @Test func checkCountsTheNeighbourWhenTheWeekFallsShort() {
        let station = Fixtures.station()
        let december = planner("2026-12").plan(station: station)
        var short = december
        // Drop every session of the first (cut) week: with no November plan the share is prorated (105 min).
        short.sessions.removeAll { $0.date <= Fixtures.date("2026-12-06") && $0.kind != .openDay }
        let checker = PlanChecker(calendar: Fixtures.cn2026)
        let alone = checker.check(short, station: station, month: Fixtures.month("2026-12"))
        #expect(alone.contains { $0.rule == .weeklyMinutes && $0.date == Fixtures.date("2026-12-01") })
        // A November plan with 120 minutes on 11-30 covers the whole week.
        let november = StationPlan(id: station.id, sessions: [
            PlannedSession(date: Fixtures.date("2026-11-30"), start: Fixtures.interval("19:00-21:00").start,
                           end: Fixtures.interval("19:00-21:00").end, kind: .weekly)
        ], warnings: [])
        let covered = checker.check(short, station: station, month: Fixtures.month("2026-12"), neighbours: NeighbourPlans(previous: november))
        #expect(!covered.contains { $0.rule == .weeklyMinutes && $0.date == Fixtures.date("2026-12-01") })
    }
}
