import Testing
@testable import Planner

/// The short sessions' fills of lowest bound (`ShortfallBound.bestShortFills`) and the planner's move that tries
/// them (`CourseFiller+ShortFills`).
@Suite struct ShortFillTests {
    @Test func theBestFillsComeLowestFirstFitAndNeverBeatTheOptimum() {
        var random = SeededGenerator(seed: 40)
        let bounds = ShortfallBoundTests()
        var listed = 0
        for _ in 0..<150 {
            let (sessions, courses, quotas) = bounds.month(&random, sessions: (2...4, 5...16), courses: (4...6, 3...9))
            guard let found = ShortfallBound.bestShortFills(
                sessionSeconds: sessions, courses: courses, quotaSeconds: quotas, count: 4)
            else { continue }
            listed += 1
            let optimum = bounds.bruteForce(sessions: sessions, courses: courses, quotas: quotas)
            #expect(found.fills.count <= 4)
            #expect(found.fills.map(\.bound) == found.fills.map(\.bound).sorted())
            #expect(2 * (found.fills.first?.bound ?? 0) == ShortfallBound.byShortFills(
                sessionSeconds: sessions, courses: courses, quotaSeconds: quotas))
            #expect(2 * (found.fills.first?.bound ?? 0) <= optimum, "\(sessions) \(courses) \(quotas)")
            #expect(found.short.map { sessions[$0] } == found.short.map { sessions[$0] }.sorted(by: >))
            for fill in found.fills {
                let all = fill.contents.joined()
                #expect(Set(all).count == all.count, "a course in two short sessions")
                for (j, contents) in fill.contents.enumerated() {
                    #expect(contents.count <= ShortfallBound.jointItems)
                    #expect(contents.reduce(0) { $0 + courses[$1].seconds } <= sessions[found.short[j]])
                }
            }
        }
        #expect(listed > 75)
    }

    @Test func aSearchOutOfStepsGivesNoBoundButPartialFillsThatFit() {
        var random = SeededGenerator(seed: 42)
        let bounds = ShortfallBoundTests()
        var partial = 0
        for _ in 0..<60 {
            let (sessions, courses, quotas) = bounds.month(&random, sessions: (3...5, 5...16), courses: (5...8, 3...9))
            guard ShortfallBound.bestShortFills(
                sessionSeconds: sessions, courses: courses, quotaSeconds: quotas, fillBudget: 8) == nil
            else { continue }
            #expect(ShortfallBound.byShortFills(sessionSeconds: sessions, courses: courses, quotaSeconds: quotas, fillBudget: 8) == nil)
            guard let found = ShortfallBound.bestShortFills(
                sessionSeconds: sessions, courses: courses, quotaSeconds: quotas, count: 2, fillBudget: 8, partial: true)
            else { continue }
            partial += 1
            for fill in found.fills {
                for (j, contents) in fill.contents.enumerated() {
                    #expect(contents.reduce(0) { $0 + courses[$1].seconds } <= sessions[found.short[j]])
                }
            }
        }
        #expect(partial > 0)
    }

    @Test func noMonthEndsWorseAndSomeEndBetter() {
        var random = SeededGenerator(seed: 41)
        var better = 0
        for n in 0..<40 {
            let courses = GreedyMonths.courses(&random)
            let minutes = [30, 90, 30, 90, 30, 45].shuffled(using: &random).prefix(4 + n % 3)
            let without = planned(courses, minutes: Array(minutes), trials: 0)
            let with = planned(courses, minutes: Array(minutes), trials: CourseFiller.defaultShortFillTrials)
            #expect(with.shortfall <= without.shortfall)
            if with.shortfall < without.shortfall { better += 1 }
            GreedyMonths.expectWellFormed(with.sessions)
        }
        #expect(better > 0)
    }

    /// The month greedily filled and re-balanced as `MonthPlanner` does, with `trials` short fills.
    func planned(_ courses: [Course], minutes: [Int], trials: Int) -> (shortfall: Int, sessions: [CourseFiller.FilledSession]) {
        var (filler, sessions) = GreedyMonths.filled(courses, minutes: minutes)
        let options = PlannerOptions()
        filler.rebalance(
            &sessions, repackNodes: options.repackNodes, borrowTrials: options.borrowTrials, pairSearches: options.pairSearches,
            pairKicks: options.pairKicks, shortFillTrials: trials)
        return (filler.shortfall(), sessions)
    }
}
