import Foundation
import Testing
import Planner

/// A slice of the planner's full load (5,000 stations × 1 month over 20,000 courses with a year of history) plans
/// and checks whole; `YUANJIAO_PLANNER_STATIONS=5000` runs all of it. Its speed is measured by
/// `yuanjiao-bench plan` (BENCHMARKS.md), never here: a timed test fails on a loaded machine, not on slow code.
@Suite struct PerformanceTests {
    @Test func manyStationsOverALargeCatalogue() {
        let stationCount = ProcessInfo.processInfo.environment["YUANJIAO_PLANNER_STATIONS"].flatMap { Int($0) } ?? 200
        let courses = generatedCourses(count: 20_000, seed: 42)
        var random = SeededGenerator(seed: 1)
        let stations = (0..<stationCount).map { n in
            Fixtures.station("s\(n)") {
                $0.openDay = Weekday.allCases[n % 7]
                $0.avoidDates = [Fixtures.date("2026-12-01").adding(days: n % 31)]
                if n % 3 == 0 { $0.topics.append(TopicWeight(topic: "children", weight: 1)) }
            }
        }
        // A year of history per station: 30 courses a month.
        var histories: [String: StationHistory] = [:]
        for station in stations {
            var entries: [StationHistory.Entry] = []
            for m in 0..<12 {
                let date = Fixtures.date("2025-12-15").adding(days: 30 * m)
                for _ in 0..<30 { entries.append(.init(courseID: Int64.random(in: 1...20_000, using: &random), date: date)) }
            }
            histories[station.id] = StationHistory(entries: entries)
        }
        let pool = CoursePool(courses: courses)
        let planner = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
        let plan = planner.plan(stations: stations, histories: histories)
        #expect(plan.stations.count == stationCount)
        #expect(plan.stations.allSatisfy { !$0.sessions.isEmpty })
        let report = PlanChecker(calendar: Fixtures.cn2026).check(plan, stations: stations, histories: histories)
        #expect(report.violations.allSatisfy { $0.rule == .openDay || $0.rule == .weeklyMinutes })
    }
}
