import Foundation
import Testing
@testable import Planner

@Test func printDecember() throws {
    let planner = MonthPlanner(pool: CoursePool(courses: Fixtures.sampleCourses), calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
    let station = Fixtures.station { $0.avoidDates = [Fixtures.date("2026-12-12")] }
    let plan = planner.plan(station: station)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try encoder.encode(plan).write(to: URL(fileURLWithPath: "/tmp/plan-dec.json"))
    print(PlanChecker(calendar: Fixtures.cn2026).check(plan, station: station, month: Fixtures.month("2026-12")))
}
