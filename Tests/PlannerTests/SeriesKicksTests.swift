import Testing
@testable import Planner

/// After the descents, a series carried two or three episodes further and the month descended again from there
/// (`CourseFiller+SeriesKicks`, thirteenth round): kept only when lower, so a month never ends higher than without,
/// and every series still plays from its first episode, in order, with no course twice and no session overfull.
@Suite struct SeriesKicksTests {
    @Test func kicksNeverRaiseAMonthAndKeepSeriesInOrder() {
        var random = SeededGenerator(seed: 67)
        var (kicked, without, lower) = (0, 0, 0)
        for n in 0..<24 {
            let courses = SeriesHeadsTests.courses(&random)
            let minutes = Array([30, 90, 30, 120, 45, 90, 30].shuffled(using: &random).prefix(4 + n % 4))
            let descents = Array(CourseFiller.descents.prefix(2))
            let plain = DescentTests().planned(courses, minutes: minutes, descents: descents)
            let kicks = DescentTests().planned(courses, minutes: minutes, descents: descents, seriesKicks: 3)
            SeriesHeadsTests.expectSeriesInOrder(kicks.sessions, courses)
            for session in kicks.sessions {
                #expect(session.items.reduce(0) { $0 + $1.durationSeconds } <= session.slot.minutes * 60)
            }
            #expect(kicks.shortfall <= plain.shortfall, "month \(n): \(kicks.shortfall) s with kicks, \(plain.shortfall) without")
            if kicks.shortfall < plain.shortfall { lower += 1 }
            kicked += kicks.shortfall
            without += plain.shortfall
        }
        #expect(kicked <= without)
        print("series kicks: \(lower) of 24 months lower, \(kicked) s of shortfall against \(without)")
    }

    @Test func placementsFollowTheSeriesAndSpanTwoSessions() {
        let placements = CourseFiller.placements(of: 3, from: 2, sessions: 5)
        #expect(placements.allSatisfy { $0.count == 3 && $0 == $0.sorted() && $0[0] >= 2 && Set($0).count >= 2 })
        #expect(placements.count == 7)  // 3 sessions, 3 episodes in date order: 10 multisets, less the 3 in one session
        #expect(CourseFiller.placements(of: 2, from: 4, sessions: 5).isEmpty)
    }
}
