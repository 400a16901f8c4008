import Testing
@testable import Planner

/// The re-packs run along several descents from the same month, the lowest kept (`CourseFiller+Descents`), and the
/// exact pairs' orders (`ExactPairOrder`).
@Suite struct DescentTests {
    @Test func theLowerDescentIsKeptAndNoMonthBreaks() {
        var random = SeededGenerator(seed: 51)
        var secondHelped = 0
        for n in 0..<30 {
            let courses = GreedyMonths.courses(&random)
            let minutes = Array([30, 90, 30, 120, 30, 45, 90].shuffled(using: &random).prefix(4 + n % 4))
            let first = planned(courses, minutes: minutes, descents: [.exactPairs(.steepest)])
            let second = planned(courses, minutes: minutes, descents: [.exactPairs(.mostIdleFirst)])
            let both = planned(courses, minutes: minutes, descents: [.exactPairs(.steepest), .exactPairs(.mostIdleFirst)])
            #expect(both.shortfall <= first.shortfall)
            // The second is skipped only when the first is within reach of what no re-pack reaches.
            #expect(both.shortfall < second.shortfall + SessionRepack.withinReach)
            if both.shortfall < first.shortfall { secondHelped += 1 }
            GreedyMonths.expectWellFormed(both.sessions)
        }
        #expect(secondHelped > 0)
    }

    @Test func everyOrderEndsNoWorseThanTheSweepsAndTheSameOnEveryRun() {
        var random = SeededGenerator(seed: 52)
        let orders: [CourseFiller.Descent] = [
            .exactPairs(.steepest), .exactPairs(.mostIdleFirst), .exactPairs(.leastIdleFirst), .borrowingFirst,
        ]
        for n in 0..<12 {
            let courses = GreedyMonths.courses(&random)
            let minutes = Array([30, 90, 30, 120, 45, 90].shuffled(using: &random).prefix(3 + n % 4))
            let swept = planned(courses, minutes: minutes, descents: [], nodes: 0)
            for order in orders {
                let once = planned(courses, minutes: minutes, descents: [order])
                let again = planned(courses, minutes: minutes, descents: [order])
                #expect(once.shortfall <= swept.shortfall)
                #expect(once.sessions.map { $0.items.map(\.id) } == again.sessions.map { $0.items.map(\.id) })
            }
        }
    }

    @Test func thePlannerRunsTheFirstDescentsItsOptionsAskFor() {
        #expect(CourseFiller.defaultDescents == PlannerOptions().descents)
        #expect(CourseFiller.descents.count >= CourseFiller.defaultDescents)
        guard case .exactPairs(.steepest) = CourseFiller.descents[0] else {
            Issue.record("the first descent makes the pair that saves most")
            return
        }
    }

    /// The month greedily filled and re-balanced as `MonthPlanner` does, along `descents` (`nodes` 0: the sweeps only).
    func planned(
        _ courses: [Course], minutes: [Int], descents: [CourseFiller.Descent], nodes: Int = SessionRepack.defaultNodeBudget,
        seriesKicks: Int = 0, fineDescents: Int = 0
    ) -> (shortfall: Int, sessions: [CourseFiller.FilledSession]) {
        var (filler, sessions) = GreedyMonths.filled(courses, minutes: minutes)
        let options = PlannerOptions()
        filler.rebalance(
            &sessions, repackNodes: nodes, borrowTrials: options.borrowTrials, pairSearches: options.pairSearches,
            pairKicks: options.pairKicks, shortFillTrials: options.shortFillTrials, descents: descents,
            seriesKicks: seriesKicks, fineDescents: fineDescents)
        return (filler.shortfall(), sessions)
    }
}
