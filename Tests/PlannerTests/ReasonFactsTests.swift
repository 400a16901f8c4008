import Testing
import Planner

/// Issue 20: a `why` is facts worded once; a season claim is true of the catalogue the month was planned from,
/// and a series episode counts under a topic the catalogue gives it.
@Suite struct ReasonFactsTests {
    static let pool = CoursePool(courses: generatedCourses(count: 600, seed: 2020))

    func planYear(_ station: Station, _ check: (YearMonth, StationPlan) -> Void) {
        var history = StationHistory()
        for offset in 0..<12 {
            let month = YearMonth(monthIndex: 2026 * 12 + offset)
            let plan = MonthPlanner(pool: Self.pool, calendar: Fixtures.cn2026, month: month, topicNames: .catalog).plan(station: station, history: history)
            check(month, plan)
            history.append(plan)
        }
    }

    @Test func everySeasonClaimIsTrueOfTheCatalogue() {
        let station = Fixtures.station { $0.noRepeatMonths = 0 }
        var claims = 0
        planYear(station) { month, plan in
            let planned = Set(plan.sessions.flatMap(\.items).map(\.id))
            for item in plan.sessions.filter({ $0.kind != .openDay }).flatMap(\.items) {
                guard let reason = item.reason else {
                    Issue.record("\(month) \(item.why): a planned item without its reason")
                    continue
                }
                guard let season = reason.season else { continue }
                claims += 1
                let course = Self.pool.course(id: item.id)
                #expect(course?.seasonalMonths == reason.seasonMonths)
                // Non-series in-season courses of the topic this station could still be shown (repeats allowed).
                let unused = Self.pool.courses.filter { other in
                    other.series == nil && other.seasonalMonths.contains(month.month) && !planned.contains(other.id)
                        && other.topics.contains { $0.id == reason.topic }
                }
                switch season {
                case .inSeason: #expect(course?.seasonalMonths.contains(month.month) == true)
                case .outOfSeasonNoneLeft:
                    #expect(course?.seasonalMonths.contains(month.month) == false)
                    #expect(unused.isEmpty, "\(month) 《\(item.title)》 says none left, but \(unused.map(\.id)) were unused")
                case .outOfSeasonOthersLeft: #expect(course?.seasonalMonths.contains(month.month) == false)
                }
                #expect(item.why == reason.chinese(month: month, topicLabel: TopicNames.catalog.label(reason.topic), noRepeatMonths: 0))
            }
        }
        #expect(claims > 0)
    }

    @Test func seriesEpisodesCountUnderTheirOwnTopics() {
        let station = Fixtures.station { $0.topics = ["policy", "law", "ethics", "agritech"].map { TopicWeight(topic: $0, weight: 1) } }
        var episodes = 0
        planYear(station) { month, plan in
            for item in plan.sessions.filter({ $0.kind != .openDay }).flatMap(\.items) {
                guard let course = Self.pool.course(id: item.id), course.series != nil else { continue }
                episodes += 1
                let weighted = station.rules.topics.map(\.topic).filter { id in course.topics.contains { $0.id == id } }
                if !weighted.isEmpty {
                    #expect(weighted.contains(item.topic), "\(month) 《\(item.title)》 counted under \(item.topic), catalogue: \(course.topics)")
                }
                #expect(item.reason?.series?.episode == course.series?.episode)
            }
        }
        #expect(episodes > 0)
    }
}
