import Testing
import Planner

/// A catalogue where librarians gave most courses two or three topics (a course on land law is 法律法规 and
/// 农业科技): such a course stands in several topics' lists, and no move may put it in the month twice.
@Suite struct MultiTopicCourseTests {
    static let topics = ["policy", "law", "ethics", "agritech"]

    static func courses(_ random: inout SeededGenerator, count: Int) -> [Course] {
        (1...count).map { id in
            let own = topics.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))
            let series = id % 7 < 3 ? SeriesPosition(title: "系列\(id / 7)", episode: id % 7 + 1) : nil
            return Course(
                id: Int64(id), title: "课程\(id)", durationSeconds: 600 + Int.random(in: 0...2400, using: &random),
                topics: own.map { CourseTopic(id: $0, confirmed: true) }, series: series, path: "\(id).mp4")
        }
    }

    @Test(arguments: 0..<4)
    func noCoursePlaysTwiceAndThePlanChecks(batch: Int) {
        var random = SeededGenerator(seed: 700 + UInt64(batch))
        let pool = CoursePool(courses: Self.courses(&random, count: 60 + 40 * batch))
        let checker = PlanChecker(calendar: Fixtures.cn2026)
        for n in 0..<8 {
            var rules = PropertyTests.rules(&random)
            rules.topics = Self.topics.map { TopicWeight(topic: $0, weight: Double(Int.random(in: 1...3, using: &random))) }
            let station = Station(id: "m\(batch)-\(n)", name: "站点\(n)", rules: rules)
            var history = StationHistory()
            for month in [9, 10, 11, 12] {
                let planner = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: YearMonth(monthIndex: 2026 * 12 + month - 1))
                let plan = planner.plan(station: station, history: history)
                let ids = plan.sessions.filter { $0.kind != .openDay }.flatMap { $0.items.map(\.id) }
                #expect(Set(ids).count == ids.count, "a course twice in \(planner.month) of \(station.id)")
                let undeclared = checker.check(plan, station: station, month: planner.month, history: history)
                    .filter { violation in !plan.warnings.contains { $0.declares(violation, month: planner.month) } }
                #expect(undeclared.isEmpty, "\(station.id) \(planner.month): \(undeclared)")
                history.append(plan)
            }
        }
    }
}
