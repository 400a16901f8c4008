import Foundation
import Testing
import Planner

@Suite struct DeterminismTests {
    @Test func sameInputsSamePlan() throws {
        let courses = generatedCourses(count: 3_000, seed: 99)
        let stations = (0..<20).map { n in
            Fixtures.station("s\(n)") {
                $0.openDay = Weekday.allCases[n % 7]
                $0.avoidDates = [Fixtures.date("2026-12-01").adding(days: n)]
            }
        }
        let histories = ["s3": StationHistory(entries: courses.prefix(40).map { .init(courseID: $0.id, date: Fixtures.date("2026-10-10")) })]
        func run() throws -> Data {
            // A new pool each time: nothing may depend on hashing order, which differs between Set instances.
            let planner = MonthPlanner(pool: CoursePool(courses: courses), calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return try encoder.encode(planner.plan(stations: stations, histories: histories))
        }
        let first = try run()
        #expect(try run() == first)
        #expect(try run() == first)
    }
}
