import Testing
@testable import Planner

@Suite struct FillTests {
    let calendar = Fixtures.cn2026
    let december = Fixtures.month("2026-12")

    func course(
        _ id: Int64, _ minutes: Int, _ topic: String = "law", confirmed: Bool = true, series: (String, Int)? = nil,
        months: [Int] = [], audience: String? = nil
    ) -> Course {
        Course(
            id: id, title: "课程\(id)", durationSeconds: minutes * 60, topics: [CourseTopic(id: topic, confirmed: confirmed)],
            series: series.map { SeriesPosition(title: $0.0, episode: $0.1) }, audience: audience, seasonalMonths: months,
            path: "\(id).mp4")
    }

    func studyItems(_ plan: StationPlan) -> [PlannedItem] {
        plan.sessions.filter { $0.kind != .openDay }.flatMap(\.items)
    }

    @Test func largestRemainderQuotas() {
        #expect(TopicQuota.allocate(total: 555, weights: [1, 1, 1, 2]) == [111, 111, 111, 222])
        #expect(TopicQuota.allocate(total: 100, weights: [1, 1, 1]) == [34, 33, 33])
        #expect(TopicQuota.allocate(total: 10, weights: [1, 2, 0]) == [3, 7, 0])
        #expect(TopicQuota.allocate(total: 0, weights: [1]) == [0])
    }

    @Test func noRepeatAcrossConsecutiveMonths() {
        let pool = CoursePool(courses: generatedCourses(count: 300, seed: 11))
        let station = Fixtures.station()
        let november = MonthPlanner(pool: pool, calendar: calendar, month: Fixtures.month("2026-11")).plan(station: station)
        let history = StationHistory().appending(november)
        let december = MonthPlanner(pool: pool, calendar: calendar, month: december).plan(station: station, history: history)
        let before = Set(studyItems(november).map(\.id))
        let after = studyItems(december).map(\.id)
        #expect(!after.isEmpty)
        #expect(before.isDisjoint(with: after))
        #expect(Set(after).count == after.count, "no course twice within the month")
        #expect(PlanChecker(calendar: calendar).check(december, station: station, month: self.december, history: history).isEmpty)
    }

    @Test func seriesInEpisodeOrderContinuingFromHistory() throws {
        let series = (1...8).map { course(Int64(100 + $0), 30, series: ("民法典与农民生活", $0)) }
        let pool = CoursePool(courses: series.reversed() + [course(1, 20, "policy"), course(2, 25, "policy")])
        var station = Fixtures.station()
        station.rules.topics = [TopicWeight(topic: "law", weight: 1)]
        station.rules.weeklyMinutes = 30
        station.rules.sessionMinutes = 60
        let november = MonthPlanner(pool: pool, calendar: calendar, month: Fixtures.month("2026-11")).plan(station: station)
        let first = studyItems(november).map(\.id)
        #expect(first == Array(first.sorted()), "episodes in order within the month")
        #expect(first.first == 101)
        let last = try #require(first.last)
        let history = StationHistory().appending(november)
        let decemberPlan = MonthPlanner(pool: pool, calendar: calendar, month: december).plan(station: station, history: history)
        let second = studyItems(decemberPlan)
        #expect(second.first?.id == last + 1)
        #expect(second.first?.why.contains("系列《民法典与农民生活》第 \(last + 1 - 100) 集，接上月第 \(last - 100) 集") == true)
        #expect(second.map(\.id) == Array(second.map(\.id).sorted()))
    }

    @Test func confirmedBeforeSuggestedAndSaysSo() {
        let pool = CoursePool(courses: [
            course(1, 40, confirmed: false), course(2, 40, confirmed: false), course(3, 40), course(4, 40),
        ])
        let station = Fixtures.station { $0.topics = [TopicWeight(topic: "law", weight: 1)] }
        let items = studyItems(MonthPlanner(pool: pool, calendar: calendar, month: december).plan(station: station))
        #expect(items.prefix(2).map(\.id) == [3, 4])
        #expect(items.filter { $0.id <= 2 }.allSatisfy { $0.why.hasSuffix("建议主题，未经馆员确认") })
        #expect(items.filter { $0.id > 2 }.allSatisfy { !$0.why.contains("建议主题") })
    }

    @Test func inSeasonAgricultureFirst() {
        let pool = CoursePool(courses: [
            course(1, 30, "agritech", months: [6, 7]), course(2, 30, "agritech"), course(3, 30, "agritech", months: [12, 1]),
        ])
        let station = Fixtures.station { $0.topics = [TopicWeight(topic: "agritech", weight: 1)] }
        let items = studyItems(MonthPlanner(pool: pool, calendar: calendar, month: december).plan(station: station))
        #expect(items.map(\.id) == [3, 2, 1])
        #expect(items[0].why.contains("当季课程（适用月份：1月、12月）"))
        #expect(items[2].why.contains("非当季课程"))
    }

    @Test func whyNamesQuotaAndSoFar() {
        let pool = CoursePool(courses: Fixtures.sampleCourses)
        let planner = MonthPlanner(pool: pool, calendar: calendar, month: december, topicNames: .catalog)
        let items = studyItems(planner.plan(station: Fixtures.station()))
        #expect(items.allSatisfy { !$0.why.isEmpty })
        let first = items[0]
        #expect(first.why.hasPrefix("政策理论 主题本月配额 111 分钟，连同本课已排 39 分钟"))
    }

    @Test func audienceFiltersCourses() {
        let pool = CoursePool(courses: [course(1, 30, audience: "children"), course(2, 30), course(3, 30, audience: "adults")])
        let station = Fixtures.station {
            $0.topics = [TopicWeight(topic: "law", weight: 1)]
            $0.audiences = ["adults"]
        }
        let ids = Set(studyItems(MonthPlanner(pool: pool, calendar: calendar, month: december).plan(station: station)).map(\.id))
        #expect(ids == [2, 3])
    }

    @Test func packsSessionsWithLittleIdleTime() {
        let pool = CoursePool(courses: generatedCourses(count: 2_000, seed: 3))
        let planner = MonthPlanner(pool: pool, calendar: calendar, month: december)
        let plan = planner.plan(station: Fixtures.station())
        let study = plan.sessions.filter { $0.kind != .openDay }
        for session in study {
            #expect(session.fillRatio >= 0.95, "\(session.date) fill \(session.fillRatio)")
            #expect(session.fillRatio <= 1)
            var offset = 0
            for item in session.items {
                #expect(item.startOffset == offset)
                offset += item.durationSeconds
            }
        }
        // No session left idle (those warnings carry the session's date); a topic short of its share may be warned.
        #expect(!plan.warnings.contains { $0.rule == .courses && $0.date != nil }, "\(plan.warnings)")
    }

    /// The open day loops the week's courses (repeats intended) and says so.
    @Test func openDayLoopRepeatsTheMonthsCourses() throws {
        let plan = MonthPlanner(pool: CoursePool(courses: Fixtures.sampleCourses), calendar: calendar, month: december)
            .plan(station: Fixtures.station())
        let shown = Set(studyItems(plan).map(\.id))
        for open in plan.sessions where open.kind == .openDay {
            #expect(!open.items.isEmpty)
            #expect(open.items.allSatisfy { shown.contains($0.id) && ($0.why.contains("开放日可重复本月已播课程") || $0.why.contains("预告本月课程")) })
            #expect(open.items.reduce(0) { $0 + $1.durationSeconds } <= open.minutes * 60)
        }
        let saturday = try #require(plan.sessions.first { $0.kind == .openDay && $0.date.day == 5 })
        let sunday = try #require(plan.sessions.first { $0.date.day == 6 })
        #expect(saturday.items.map(\.id) == sunday.items.map(\.id))
    }
}
