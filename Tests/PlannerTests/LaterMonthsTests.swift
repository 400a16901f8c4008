import Testing
import Planner

/// A month planned after a later one: nothing the later month shows is repeated, and a series the later month
/// continues is warned about when the new plan breaks its order.
@Suite struct LaterMonthsTests {
    let pool = CoursePool(courses: Fixtures.sampleCourses)
    let station = Fixtures.station()

    @Test func aLaterStoredMonthIsNeitherRepeatedNorSilentlyReordered() throws {
        let episodes = Fixtures.sampleCourses.filter { $0.series?.title == "党的二十大精神学习辅导" }
        let january = Fixtures.date("2027-01-09")
        var history = StationHistory(entries: [.init(courseID: episodes[1].id, date: january)])
        for course in Fixtures.sampleCourses where course.topics.first?.id == "ethics" {
            history.entries.append(.init(courseID: course.id, date: january))
        }
        let plan = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
            .plan(station: station, history: history)
        let shown = Set(plan.sessions.filter { $0.kind != .openDay }.flatMap(\.items).map(\.id))
        #expect(shown.isDisjoint(with: history.entries.map(\.courseID)))
        let laterEpisodes = plan.sessions.flatMap(\.items).compactMap { item in episodes.first { $0.id == item.id }?.series?.episode }
        if laterEpisodes.contains(where: { $0 >= 2 }) {
            #expect(plan.warnings.contains { $0.rule == .laterMonths && $0.detail.contains("党的二十大精神学习辅导") }, "\(plan.warnings)")
        }
        let checked = PlanChecker(calendar: Fixtures.cn2026)
            .check(plan, station: station, month: Fixtures.month("2026-12"), history: history)
        #expect(!checked.contains { $0.rule == .repeat })
    }

    @Test func aWeekTheNeighbourNoLongerCompletesIsWarned() {
        // November's stored plan left the week of 11-30 to December (nothing on 11-30), and December now holds
        // less than the week needs because the days are avoided: a later-months warning names the week.
        let avoiding = Fixtures.station { $0.avoidDates = Fixtures.range("2026-12-01..2026-12-06").dates }
        let november = StationPlan(id: avoiding.id, sessions: [], warnings: [])
        let plan = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
            .plan(station: avoiding, neighbours: NeighbourPlans(previous: november))
        #expect(plan.warnings.contains { $0.rule == .laterMonths && $0.detail.contains("11月30日起的一周") }, "\(plan.warnings)")
    }
}
