import Testing
import Planner

/// Generated counties with 12 consecutive months planned in random order, each plan seeing the stored plans of
/// every other month (history on both sides, neighbouring months for cut weeks), as `yuanjiao plan` does.
/// Afterwards every month is checked against the final store: whole weeks hold or are warned, no repeats in
/// either direction, series in order, and `check` agrees with what `plan` warned.
@Suite struct RandomOrderPropertyTests {
    @Test(arguments: 0..<4)
    func monthsInAnyOrder(batch: Int) {
        var random = SeededGenerator(seed: 1200 + UInt64(batch))
        let courses = generatedCourses(count: 400, seed: 90 + UInt64(batch))
        let pool = CoursePool(courses: courses)
        let catalogue = CatalogueView(courses: pool.courses)
        let months = (0..<12).map { YearMonth(monthIndex: 2026 * 12 + $0) }
        // Plain rule checks as well as series order; fill and topic shares are the planner's best effort.
        let checker = PlanChecker(calendar: Fixtures.cn2026, catalogue: catalogue, tolerance: ContentTolerance(fillRatio: 0, topicMinutes: 100_000))
        for n in 0..<3 {
            let station = Station(id: "r\(batch)-\(n)", name: "站点\(n)", rules: PropertyTests.rules(&random))
            var store: [YearMonth: StationPlan] = [:]
            func history(except month: YearMonth) -> StationHistory {
                var history = StationHistory()
                for (other, plan) in store where other != month { history.append(plan) }
                return history
            }
            func neighbours(_ month: YearMonth) -> NeighbourPlans {
                NeighbourPlans(previous: store[month.adding(months: -1)], next: store[month.adding(months: 1)])
            }
            for month in months.shuffled(using: &random) {
                let planner = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: month)
                store[month] = planner.plan(station: station, history: history(except: month), neighbours: neighbours(month))
            }
            for month in months {
                guard let plan = store[month] else { continue }
                let context = "\(station.id) \(month) \(station.rules)"
                // Judged as `yuanjiao check` judges the stored month: its own declarations, and a cut week declared
                // by the neighbouring month that shares it.
                let report = checker.check(
                    MonthPlan(month: month, stations: [plan]), stations: [station],
                    histories: [station.id: history(except: month)], neighbours: [station.id: neighbours(month)])
                #expect(report.violations.isEmpty, "undeclared \(report.violations) \(context)")
                for accepted in report.accepted {
                    #expect([.studyDays, .weeklyMinutes, .openDay].contains(accepted.rule), "\(accepted) \(context)")
                }
            }
        }
    }
}
