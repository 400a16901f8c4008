import Testing
@testable import Planner

/// A month of the given courses greedily filled, as `MonthPlanner` fills it before the balance pass: three topics of
/// equal weight, one weekly session a week from 2026-12-01 of each length in `minutes`. The re-pack tests
/// (`ShortFillTests`, `DescentTests`, `ExactTripleRepackTests`) start from it.
enum GreedyMonths {
    /// Seventy courses of 10 to 50 minutes, each of one of the three topics.
    static func courses(_ random: inout SeededGenerator) -> [Course] {
        (1...70).map { id in
            Course(
                id: Int64(id), title: "课程\(id)", durationSeconds: 600 + Int.random(in: 0...2400, using: &random),
                topics: [CourseTopic(id: ["law", "policy", "agritech"][Int.random(in: 0...2, using: &random)], confirmed: true)],
                path: "\(id).mp4")
        }
    }

    /// The `n`th of a run of generated months: `courses` drawn, then 4 to 7 of the session lengths the descent tests
    /// use, shuffled.
    static func sample(
        _ random: inout SeededGenerator, _ n: Int, courses: (inout SeededGenerator) -> [Course] = GreedyMonths.courses
    ) -> (courses: [Course], minutes: [Int]) {
        let drawn = courses(&random)
        return (drawn, Array([30, 90, 30, 120, 30, 45, 90].shuffled(using: &random).prefix(4 + n % 4)))
    }

    static func filled(_ courses: [Course], minutes: [Int]) -> (CourseFiller, [CourseFiller.FilledSession]) {
        let month = Fixtures.month("2026-12")
        let pool = CoursePool(courses: courses)
        var rules = StationRules.standard
        rules.topics = [TopicWeight(topic: "law", weight: 1), TopicWeight(topic: "policy", weight: 1),
                        TopicWeight(topic: "agritech", weight: 1)]
        var filler = CourseFiller(
            pool: pool, ranking: MonthRanking(pool: pool, month: month), rules: rules, names: .catalog, history: .empty,
            studyMinutes: minutes.reduce(0, +))
        var sessions: [CourseFiller.FilledSession] = minutes.enumerated().map { n, length in
            let slot = SessionSlot(
                day: n, date: LocalDate(unchecked: 2026, 12, 1 + 7 * n), interval: DayInterval(unchecked: 9 * 60, 9 * 60 + length),
                kind: .weekly, week: n)
            return (slot, [])
        }
        for s in sessions.indices { sessions[s].items = filler.fill(sessions[s].slot) }
        return (filler, sessions)
    }

    /// What every re-packed month keeps: no course twice, no session overrun, items from each session's start.
    static func expectWellFormed(_ sessions: [CourseFiller.FilledSession]) {
        let ids = sessions.flatMap { $0.items.map(\.id) }
        #expect(Set(ids).count == ids.count, "a course twice in the month")
        for session in sessions {
            #expect(session.items.reduce(0) { $0 + $1.durationSeconds } <= session.slot.minutes * 60)
            #expect(session.items.first.map { $0.startOffset == 0 } ?? true)
        }
    }
}
