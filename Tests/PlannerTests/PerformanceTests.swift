import Foundation
import Testing
import Planner

/// The planner's budget is 5,000 stations × 1 month over 20,000 courses in under 60 s (about 10 ms a station).
/// This test plans a slice of that in the debug build; `YUANJIAO_PLANNER_STATIONS=5000` runs the whole load
/// (use `swift test -c release`).
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
        let clock = ContinuousClock()
        var plan: MonthPlan?
        let elapsed = clock.measure {
            let pool = CoursePool(courses: courses)
            let planner = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
            plan = planner.plan(stations: stations, histories: histories)
        }
        let perStation = elapsed / stationCount
        #expect(plan?.stations.count == stationCount)
        #expect(plan?.stations.allSatisfy { !$0.sessions.isEmpty } == true)
        // Debug builds run several times slower than release; 60 ms a station here is ~10 ms in release.
        #expect(perStation < .milliseconds(60), "\(stationCount) stations in \(elapsed) (\(perStation) each)")
        let checker = PlanChecker(calendar: Fixtures.cn2026)
        let checkTime = clock.measure {
            let report = checker.check(plan ?? MonthPlan(month: Fixtures.month("2026-12"), stations: []), stations: stations, histories: histories)
            #expect(report.violations.allSatisfy { $0.rule == .openDay || $0.rule == .weeklyMinutes })
        }
        #expect(checkTime / stationCount < .milliseconds(60))
    }
}
