import Testing
@testable import Planner

/// After the kicks, the first descent run again taking any saving, from the month kept (`CourseFiller+FineDescent`,
/// fourteenth round): kept only when lower, so a month never ends higher than without it, and it stays well formed.
@Suite struct FineDescentTests {
    @Test func theFineDescentNeverRaisesAMonthAndLowersSome() {
        var random = SeededGenerator(seed: 71)
        var lower = 0
        for n in 0..<24 {
            let (courses, minutes) = GreedyMonths.sample(&random, n)
            let descents = Array(CourseFiller.descents.prefix(2))
            let coarse = DescentTests().planned(courses, minutes: minutes, descents: descents)
            let fine = DescentTests().planned(courses, minutes: minutes, descents: descents, fineDescents: 1)
            #expect(fine.shortfall <= coarse.shortfall, "month \(n): \(fine.shortfall) s fine, \(coarse.shortfall) without")
            if fine.shortfall < coarse.shortfall { lower += 1 }
            GreedyMonths.expectWellFormed(fine.sessions)
            let again = DescentTests().planned(courses, minutes: minutes, descents: descents, fineDescents: 1)
            #expect(fine.sessions.map { $0.items.map(\.id) } == again.sessions.map { $0.items.map(\.id) })
        }
        #expect(lower > 0)
    }

    @Test func seriesStayInOrderUnderTheFineDescent() {
        var random = SeededGenerator(seed: 72)
        for n in 0..<12 {
            let (courses, minutes) = GreedyMonths.sample(&random, n, courses: SeriesHeadsTests.courses)
            let fine = DescentTests().planned(
                courses, minutes: minutes, descents: Array(CourseFiller.descents.prefix(2)), seriesKicks: 3, fineDescents: 1)
            SeriesHeadsTests.expectSeriesInOrder(fine.sessions, courses)
            GreedyMonths.expectWellFormed(fine.sessions)
        }
    }

    @Test func thePlannerRunsOneFineDescentByDefault() {
        #expect(PlannerOptions().fineDescents == CourseFiller.defaultFineDescents)
        #expect(CourseFiller.defaultFineDescents == 1)
        #expect(SessionRepack.fineGain < SessionRepack.minimumGain)
    }
}
