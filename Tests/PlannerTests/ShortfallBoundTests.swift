import Testing
@testable import Planner

/// `ShortfallBound` against brute force: on small instances (up to three sessions, six courses, two or three
/// topics, lengths of a few units) every way of placing the courses is tried, and the bound must never exceed the
/// best idle + deviation found; it should also be reached often, or it proves little.
@Suite struct ShortfallBoundTests {
    /// The least idle + deviation over every placement of `courses` (each in one session or unused), counted
    /// directly from its definition, not through the shortfall identity the bound rests on.
    func bruteForce(sessions: [Int], courses: [(seconds: Int, topic: Int)], quotas: [Int]) -> Int {
        var best = Int.max
        var placement = [Int](repeating: 0, count: courses.count)
        var load = [Int](repeating: 0, count: sessions.count)
        var played = [Int](repeating: 0, count: quotas.count)
        let choices = sessions.count + 1
        var total = 1
        for _ in courses { total *= choices }
        for code in 0..<total {
            var rest = code
            for c in courses.indices {
                placement[c] = rest % choices
                rest /= choices
            }
            for s in load.indices { load[s] = 0 }
            for t in played.indices { played[t] = 0 }
            for (c, place) in placement.enumerated() where place > 0 {
                load[place - 1] += courses[c].seconds
                played[courses[c].topic] += courses[c].seconds
            }
            guard zip(load, sessions).allSatisfy({ $0 <= $1 }) else { continue }
            let idle = sessions.reduce(0, +) - load.reduce(0, +)
            let deviation = zip(quotas, played).reduce(0) { $0 + abs($1.0 - $1.1) }
            best = min(best, idle + deviation)
        }
        return best
    }

    /// A small generated month: how many sessions and their seconds, how many courses and theirs, two or three
    /// topics, and quotas adding up to the sessions' time, as the planner's largest-remainder split does.
    func month(
        _ random: inout SeededGenerator, sessions: (count: ClosedRange<Int>, seconds: ClosedRange<Int>),
        courses: (count: ClosedRange<Int>, seconds: ClosedRange<Int>)
    ) -> (sessions: [Int], courses: [(seconds: Int, topic: Int)], quotas: [Int]) {
        let made = (0..<Int.random(in: sessions.count, using: &random)).map { _ in Int.random(in: sessions.seconds, using: &random) }
        let topics = Int.random(in: 2...3, using: &random)
        let items = (0..<Int.random(in: courses.count, using: &random)).map { _ in
            (seconds: Int.random(in: courses.seconds, using: &random), topic: Int.random(in: 0..<topics, using: &random))
        }
        var quotas = [Int](repeating: 0, count: topics)
        for _ in 0..<made.reduce(0, +) { quotas[Int.random(in: 0..<topics, using: &random)] += 1 }
        return (made, items, quotas)
    }

    @Test func neverAboveTheOptimumAndOftenAtIt() {
        var random = SeededGenerator(seed: 20)
        var reached = 0, positive = 0
        let rounds = 300
        for _ in 0..<rounds {
            let (sessions, courses, quotas) = month(&random, sessions: (1...3, 4...14), courses: (3...6, 2...9))
            let bound = ShortfallBound.seconds(sessionSeconds: sessions, courses: courses, quotaSeconds: quotas)
            let optimum = bruteForce(sessions: sessions, courses: courses, quotas: quotas)
            #expect(bound <= optimum, "\(sessions) \(courses) \(quotas)")
            if bound == optimum { reached += 1 }
            if bound > 0 { positive += 1 }
        }
        #expect(reached > rounds / 2)
        #expect(positive > rounds / 4)
    }

    @Test func theBoundPerShortFillNeverExceedsTheOptimum() {
        // Months with several short sessions (room for at most three courses), where the fills are enumerated.
        var random = SeededGenerator(seed: 30)
        var tried = 0, raised = 0, reached = 0
        let rounds = 200
        for _ in 0..<rounds {
            let (sessions, courses, quotas) = month(&random, sessions: (2...4, 5...16), courses: (4...6, 3...9))
            let optimum = bruteForce(sessions: sessions, courses: courses, quotas: quotas)
            let whole = ShortfallBound.monthWide(sessionSeconds: sessions, courses: courses, quotaSeconds: quotas)
            guard let perFill = ShortfallBound.byShortFills(sessionSeconds: sessions, courses: courses, quotaSeconds: quotas)
            else { continue }
            tried += 1
            #expect(perFill <= optimum, "\(sessions) \(courses) \(quotas)")
            if perFill > whole { raised += 1 }
            if max(perFill, whole) == optimum { reached += 1 }
        }
        // The per-fill bound must apply often and, where it does, sometimes see more than the month-wide one.
        #expect(tried > rounds / 2)
        #expect(raised > 0)
        #expect(reached > tried / 2)
    }

    @Test func aShortFillsTopicsAreMissingFromTheLongSessions() {
        // Two 10-second sessions can hold only law's 10-second courses, but law's quota is 5: whatever fills them
        // overruns it, and what stays empty is idle. The month-wide formula counts them full with seconds of any
        // topic, so it sees policy at its quota (bound 10); per fill, policy has only the long session (optimum 30).
        let sessions = [10, 10, 40]
        let courses = [(seconds: 10, topic: 0), (10, 0), (20, 1), (20, 1), (20, 1)]
        let quotas = [5, 55]
        let optimum = bruteForce(sessions: sessions, courses: courses, quotas: quotas)
        #expect(ShortfallBound.monthWide(sessionSeconds: sessions, courses: courses, quotaSeconds: quotas) < optimum)
        #expect(ShortfallBound.byShortFills(sessionSeconds: sessions, courses: courses, quotaSeconds: quotas) == optimum)
    }

    @Test func largestSumUsesEachLengthOnce() {
        #expect(ShortfallBound.largestSum([7, 7, 5], upTo: 13) == 12)
        #expect(ShortfallBound.largestSum([7, 7, 5], upTo: 14) == 14)
        #expect(ShortfallBound.largestSum([70, 64, 130], upTo: 200) == 200)
        #expect(ShortfallBound.largestSum([], upTo: 30) == 0)
    }

    @Test func shortSessionsShareTheirFillers() {
        // Each 30-minute session alone is filled exactly by 843 + 957 seconds, but only one can have that pair:
        // the other three hold one course each (issue 20's awkward month #10).
        let lengths = [843, 957, 1785, 1754, 1739, 909]
        #expect(ShortfallBound.largestSum(lengths, upTo: 1800) == 1800)
        #expect(ShortfallBound.jointCapacity(sessionSeconds: [1800, 1800, 1800, 1800], lengths: lengths) == 1800 + 1785 + 1754 + 1739)
        // A long session beside them is bounded on its own, with every course.
        #expect(ShortfallBound.jointCapacity(sessionSeconds: [5400, 1800, 1800], lengths: lengths) == 5390 + 1800 + 1785)
    }

    @Test func aTopicThatCannotReachItsQuotaCountsTwice() {
        // One 30-second session, policy's quota 20 but its only course lasts 9: 11 short, so 11 idle as well
        // (law can fill at most its own quota of 10 with its 10-second course).
        let bound = ShortfallBound.seconds(
            sessionSeconds: [30], courses: [(9, 0), (10, 1)], quotaSeconds: [20, 10])
        #expect(bound == 22)
    }
}
