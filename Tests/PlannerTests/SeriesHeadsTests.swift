import Testing
@testable import Planner

/// The exact-pairs descents may start a series, and move or end a series' lone episode in the month
/// (`CourseFiller.seriesHeads`, twelfth round): every series still plays from its first episode, in order, and no
/// course comes twice.
@Suite struct SeriesHeadsTests {
    /// `GreedyMonths.courses` with every other run of four courses a series of four episodes.
    static func courses(_ random: inout SeededGenerator) -> [Course] {
        GreedyMonths.courses(&random).map { course in
            var course = course
            let n = Int(course.id) - 1
            if n / 4 % 2 == 1 { course.series = SeriesPosition(title: "系列\(n / 8)", episode: n % 4 + 1) }
            return course
        }
    }

    @Test func seriesStartInTheRepacksAndStillPlayInOrder() {
        var random = SeededGenerator(seed: 61)
        var started = 0
        var (withHeads, without) = (0, 0)
        for n in 0..<24 {
            let courses = Self.courses(&random)
            let minutes = Array([30, 90, 30, 120, 45, 90, 30].shuffled(using: &random).prefix(4 + n % 4))
            let swept = planned(courses, minutes: minutes, descents: [], nodes: 0)
            let heads = planned(courses, minutes: minutes, descents: [.exactPairs(.steepest)])
            let kept = planned(courses, minutes: minutes, descents: [.borrowingFirst])
            for month in [heads, kept] { Self.expectSeriesInOrder(month.sessions, courses) }
            if Set(Self.episodes(heads.sessions, courses).keys).subtracting(Self.episodes(swept.sessions, courses).keys).count > 0 {
                started += 1
            }
            withHeads += heads.shortfall
            without += kept.shortfall
        }
        #expect(started > 0, "no descent started a series")
        #expect(withHeads <= without, "\(withHeads) s of shortfall with series heads, \(without) without")
    }

    /// Each series' episodes in the month, in the order they play.
    static func episodes(_ sessions: [CourseFiller.FilledSession], _ courses: [Course]) -> [String: [Int]] {
        let byID = Dictionary(uniqueKeysWithValues: courses.map { ($0.id, $0) })
        var found: [String: [Int]] = [:]
        for session in sessions.sorted(by: { $0.slot.date < $1.slot.date }) {
            for item in session.items.sorted(by: { $0.startOffset < $1.startOffset }) {
                if let position = byID[item.id]?.series { found[position.title, default: []].append(position.episode) }
            }
        }
        return found
    }

    static func expectSeriesInOrder(_ sessions: [CourseFiller.FilledSession], _ courses: [Course]) {
        let ids = sessions.flatMap { $0.items.map(\.id) }
        #expect(Set(ids).count == ids.count, "a course twice in the month")
        for (title, episodes) in episodes(sessions, courses) {
            #expect(episodes == Array(1...episodes.count), "\(title) plays \(episodes)")
        }
    }

    func planned(
        _ courses: [Course], minutes: [Int], descents: [CourseFiller.Descent], nodes: Int = SessionRepack.defaultNodeBudget
    ) -> (shortfall: Int, sessions: [CourseFiller.FilledSession]) {
        DescentTests().planned(courses, minutes: minutes, descents: descents, nodes: nodes)
    }
}
