import Testing
@testable import Planner

/// `BorrowTrials` scores a borrow without making it; the borrow pass then makes only the trial it keeps. These
/// tests hold the scoring to the re-packs it stands for: on generated months, every trial's scored shortfall is
/// the shortfall the real lend and two re-packs leave, and a trial scored as useless is one whose first re-pack
/// finds nothing.
@Suite struct BorrowTrialTests {
    let month = Fixtures.month("2026-12")
    let topics = ["law", "policy", "agritech"]

    /// A month of five sessions of 30–90 minutes filled by the greedy and improved by the pass without borrowing.
    func generatedMonth(seed: UInt64) -> (CourseFiller, [CourseFiller.FilledSession]) {
        var random = SeededGenerator(seed: seed)
        let courses = (1...60).map { id in
            Course(
                id: Int64(id), title: "课程\(id)", durationSeconds: 600 + Int.random(in: 0..<1800, using: &random),
                topics: [CourseTopic(id: topics[Int.random(in: 0..<3, using: &random)], confirmed: true)], path: "\(id).mp4")
        }
        let pool = CoursePool(courses: courses)
        var rules = StationRules.standard
        rules.topics = [TopicWeight(topic: "law", weight: 1), TopicWeight(topic: "policy", weight: 1),
                        TopicWeight(topic: "agritech", weight: 2)]
        let minutes = (0..<5).map { _ in [30, 45, 60, 90][Int.random(in: 0..<4, using: &random)] }
        var filler = CourseFiller(
            pool: pool, ranking: MonthRanking(pool: pool, month: month), rules: rules, names: .catalog, history: .empty,
            studyMinutes: minutes.reduce(0, +))
        var filled: [CourseFiller.FilledSession] = []
        for (n, length) in minutes.enumerated() {
            let slot = SessionSlot(
                day: n, date: LocalDate(unchecked: 2026, 12, 1 + 5 * n), interval: DayInterval(unchecked: 9 * 60, 9 * 60 + length),
                kind: .weekly, week: n)
            filled.append((slot, filler.fill(slot)))
        }
        filler.rebalance(&filled)
        return (filler, filled)
    }

    @Test func aScoredTrialIsWhatTheRePacksLeave() {
        var compared = 0, gaining = 0, useless = 0
        let nodes = SessionRepack.defaultNodeBudget / CourseFiller.borrowNodeShare
        for seed in UInt64(1)...10 {
            let made = generatedMonth(seed: seed)
            var filler = made.0
            let filled = made.1
            let topicIndex = Dictionary(uniqueKeysWithValues: filler.topics.enumerated().map { ($1, $0) })
            let exchange = SessionExchange(candidates: filler.exchangeCandidates())
            let trials = BorrowTrials(filler, filled, exchange, topicIndex, nodes: nodes)
            for s in filled.indices {
                for d in filled.indices where d != s {
                    for (k, lent) in trials.sessions[d].movable.enumerated() where lent.seconds <= trials.sessions[s].room {
                        let scored = trials.shortfall(lending: k, of: d, to: s)
                        var (real, sessions, offer) = (filler, filled, exchange)
                        let items = real.exchangeItems(sessions[d].items, topicIndex)
                        real.apply(
                            SessionExchange.Move(removed: [lent.item], added: [], gain: 0, fill: 0), to: &sessions[d], items: items,
                            exchange: &offer)
                        let trial = "seed \(seed): \(d) lends item \(lent.item) to \(s)"
                        if real.repackSession(&sessions[s], exchange: &offer, topicIndex, nodes: nodes) {
                            _ = real.repackSession(&sessions[d], exchange: &offer, topicIndex, nodes: nodes)
                            #expect(scored == real.shortfall(), "\(trial)")
                            if real.shortfall() < filler.shortfall() { gaining += 1 }
                        } else {
                            #expect(scored == nil, "\(trial)")
                            useless += 1
                        }
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 200)
        #expect(gaining > 0)
        #expect(useless > 0)
    }

    @Test func aTrialTheBoundsRuleOutFindsNothing() {
        // Every trial `mayGain` rules out leaves the shortfall where it was or higher; every one `mayTake` rules
        // out is scored nil.
        let nodes = SessionRepack.defaultNodeBudget / CourseFiller.borrowNodeShare
        var ruledOut = 0
        for seed in UInt64(11)...20 {
            let made = generatedMonth(seed: seed)
            var filler = made.0
            let filled = made.1
            let topicIndex = Dictionary(uniqueKeysWithValues: filler.topics.enumerated().map { ($1, $0) })
            let trials = BorrowTrials(filler, filled, SessionExchange(candidates: filler.exchangeCandidates()), topicIndex, nodes: nodes)
            let before = filler.shortfall()
            for s in filled.indices {
                for d in filled.indices where d != s && !trials.mayGain(s, d, before: before) {
                    for (k, lent) in trials.sessions[d].movable.enumerated() where lent.seconds <= trials.sessions[s].room {
                        ruledOut += 1
                        #expect((trials.shortfall(lending: k, of: d, to: s) ?? before) > before - SessionRepack.minimumGain)
                    }
                }
            }
        }
        #expect(ruledOut > 0)
        var refused = 0
        for seed in UInt64(21)...30 {
            let made = generatedMonth(seed: seed)
            var filler = made.0
            let topicIndex = Dictionary(uniqueKeysWithValues: filler.topics.enumerated().map { ($1, $0) })
            let trials = BorrowTrials(filler, made.1, SessionExchange(candidates: filler.exchangeCandidates()), topicIndex, nodes: 500)
            for s in made.1.indices {
                for d in made.1.indices where d != s {
                    for k in trials.sessions[d].movable.indices where !trials.mayTake(k, of: d, into: s) {
                        refused += 1
                        #expect(trials.shortfall(lending: k, of: d, to: s) == nil)
                    }
                }
            }
        }
        #expect(refused > 0)
    }
}
