import Testing
import Planner

/// Reasons never claim what is false (issue 12).
@Suite struct ReasonTests {
    let plan = MonthPlanner(pool: CoursePool(courses: generatedCourses(count: 600, seed: 21)), calendar: Fixtures.cn2026,
                            month: Fixtures.month("2026-12")).plan(station: Fixtures.station())

    @Test func anOpenDayLoopPreviewsSessionsNotYetHeld() throws {
        let dates = Dictionary(plan.sessions.filter { $0.kind != .openDay }.flatMap { s in s.items.map { ($0.id, s.date) } },
                               uniquingKeysWith: min)
        var previews = 0
        for open in plan.sessions where open.kind == .openDay {
            for item in open.items {
                let shown = try #require(dates[item.id])
                if shown > open.date {
                    #expect(item.why.contains("预告本月课程"), "\(item.why)")
                    previews += 1
                } else {
                    #expect(item.why.contains("已播课程"), "\(item.why)")
                }
            }
        }
        #expect(previews > 0)
    }

    @Test func anItemThatTakesItsTopicOverTheQuotaSaysSo() {
        let items = plan.sessions.filter { $0.kind != .openDay }.flatMap(\.items)
        for item in items where item.why.contains("超出配额") {
            #expect(!item.why.contains("已排满"))
        }
        // A topic that ends over its quota has an item that says so; one within it has none.
        var used: [String: Int] = [:]
        var quota: [String: Int] = [:]
        for item in items {
            used[item.topic, default: 0] += item.durationSeconds
            if let match = item.why.firstMatch(of: /配额 (\d+) 分钟/) { quota[item.topic] = Int(match.1) }
        }
        for (topic, seconds) in used {
            let over = seconds / 60 > quota[topic] ?? .max
            let marked = items.contains { $0.topic == topic && ($0.why.contains("超出配额") || $0.why.contains("已排满")) }
            #expect(over == marked, "\(topic)：\(seconds / 60) 分钟，配额 \(quota[topic] ?? -1)")
        }
    }

    @Test func quotaClausesCountThePlanInPlayOrder() throws {
        // After the balance pass, 「连同本课已排 N 分钟」 is the topic's running total in play order.
        var running: [String: Int] = [:]
        for session in plan.sessions where session.kind != .openDay {
            for item in session.items {
                running[item.topic, default: 0] += item.durationSeconds
                let match = try #require(item.why.firstMatch(of: /已排 (\d+) 分钟/))
                #expect(Int(match.1) == running[item.topic]! / 60, "\(item.why)")
            }
        }
    }
}

/// 「（上）（下）」 is a two-part series: 下 is part 2, not episode 3 after a missing 2.
@Suite struct TwoPartSeriesTests {
    func course(_ id: Int64, _ title: String, _ series: String, _ episode: Int) -> Course {
        Course(id: id, title: title, durationSeconds: 1800, topics: [CourseTopic(id: "law", confirmed: true)],
               series: SeriesPosition(title: series, episode: episode), path: "\(id).mp4")
    }

    @Test func upperAndLowerAreParts1And2() {
        let renumbered = TwoPartSeries.renumber([
            course(1, "民法典讲座（上）", "民法典讲座", 1), course(2, "民法典讲座（下）", "民法典讲座", 3),
            course(3, "养猪技术（上）", "养猪技术", 1), course(4, "养猪技术（中）", "养猪技术", 2), course(5, "养猪技术（下）", "养猪技术", 3),
        ])
        #expect(renumbered.map { $0.series?.episode } == [1, 2, 1, 2, 3])
    }

    @Test func aTwoPartSeriesIsNotAnnouncedAsAGap() {
        let courses = TwoPartSeries.renumber([course(1, "民法典讲座（上）", "民法典讲座", 1), course(2, "民法典讲座（下）", "民法典讲座", 3)])
        let view = CatalogueView(courses: courses)
        let session = PlannedSession(
            date: Fixtures.date("2026-12-05"), start: Fixtures.interval("09:00-11:00").start, end: Fixtures.interval("09:00-11:00").end,
            kind: .studyDay, items: [PlannedItem(id: 2, title: "民法典讲座（下）", topic: "law", startOffset: 0, durationSeconds: 1800, path: "2.mp4", why: "")])
        let station = Fixtures.station()
        let history = StationHistory(entries: [.init(courseID: 1, date: Fixtures.date("2026-11-07"))])
        let found = PlanChecker(calendar: Fixtures.cn2026, catalogue: view)
            .check(StationPlan(id: station.id, sessions: [session], warnings: []), station: station, month: Fixtures.month("2026-12"), history: history)
        #expect(!found.contains { $0.rule == .seriesOrder }, "\(found)")
    }
}

/// 第1、2、4讲 in the catalogue: after 第2讲 comes 第4讲, and its reason says 第3集 is not in the catalogue.
@Suite struct SeriesGapTests {
    @Test func aGapInTheCatalogueIsAnnounced() throws {
        let courses = [1, 2, 4].map { n in
            Course(id: Int64(n), title: "普法讲座（第\(n)讲）", durationSeconds: 1800, topics: [CourseTopic(id: "law", confirmed: true)],
                   series: SeriesPosition(title: "普法讲座", episode: n), path: "\(n).mp4")
        }
        let station = Fixtures.station { $0.topics = [TopicWeight(topic: "law", weight: 1)] }
        let history = StationHistory(entries: [.init(courseID: 1, date: Fixtures.date("2026-10-10")), .init(courseID: 2, date: Fixtures.date("2026-11-10"))])
        let plan = MonthPlanner(pool: CoursePool(courses: courses), calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
            .plan(station: station, history: history)
        let fourth = try #require(plan.sessions.filter { $0.kind != .openDay }.flatMap(\.items).first { $0.id == 4 })
        #expect(fourth.why.contains("第3集不在目录中"), "\(fourth.why)")
    }

    @Test func anEpisodeIndexedLateComesNext() throws {
        let courses = (1...5).map { n in
            Course(id: Int64(n), title: "普法讲座（第\(n)讲）", durationSeconds: 1800, topics: [CourseTopic(id: "law", confirmed: true)],
                   series: SeriesPosition(title: "普法讲座", episode: n), path: "\(n).mp4")
        }
        let station = Fixtures.station { $0.topics = [TopicWeight(topic: "law", weight: 1)] }
        // 第1、2、4讲 were shown while 第3讲 was not yet in the catalogue.
        let history = StationHistory(entries: [1, 2, 4].map { .init(courseID: Int64($0), date: Fixtures.date("2026-11-0\($0)")) })
        let plan = MonthPlanner(pool: CoursePool(courses: courses), calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
            .plan(station: station, history: history)
        let items = plan.sessions.filter { $0.kind != .openDay }.flatMap(\.items)
        #expect(items.map(\.id) == [3, 5], "\(items.map(\.id))")
        #expect(items.first?.why.contains("补播") == true, "\(items.first?.why ?? "")")
        let found = PlanChecker(calendar: Fixtures.cn2026, catalogue: CatalogueView(courses: courses))
            .check(plan, station: station, month: Fixtures.month("2026-12"), history: history)
        #expect(!found.contains { $0.rule == .seriesOrder || $0.rule == .repeat }, "\(found)")
    }
}

/// A boarding school: school hours cover every school-day evening. Valid; planned on other days, with a warning.
@Suite struct BoardingSchoolTests {
    @Test func plannedOnWeekendsAndHolidaysWithAWarning() {
        let boarding = Fixtures.station("jizhu") { $0.schoolHours = [Fixtures.interval("07:00-21:30")] }
        let other = Fixtures.station("putong")
        let plan = MonthPlanner(pool: CoursePool(courses: generatedCourses(count: 300, seed: 5)), calendar: Fixtures.cn2026,
                                month: Fixtures.month("2026-12")).plan(stations: [boarding, other])
        let boardingPlan = plan.stations[0]
        #expect(boardingPlan.warnings.contains { $0.rule == .schoolHours && $0.detail.contains("寄宿制学校") })
        #expect(!boardingPlan.sessions.isEmpty)
        #expect(boardingPlan.sessions.allSatisfy { !boarding.rules.dayKind(of: $0.date, calendar: Fixtures.cn2026).isSchoolDay })
        #expect(!plan.stations[1].sessions.isEmpty)
        #expect(!plan.stations[1].warnings.contains { $0.detail.contains("寄宿制学校") })
    }
}

/// 「非当季，当季课程已用完」 only when it is true.
@Suite struct SeasonReasonTests {
    @Test func outOfSeasonBeforeAnUnconfirmedInSeasonCourseSaysWhy() throws {
        let courses = [
            Course(id: 1, title: "水稻育秧技术", durationSeconds: 1800, topics: [CourseTopic(id: "agritech", confirmed: true)],
                   seasonalMonths: [3, 4], path: "1.mp4"),
            Course(id: 2, title: "冬季柑橘管护", durationSeconds: 1800, topics: [CourseTopic(id: "agritech", confirmed: false)],
                   seasonalMonths: [12], path: "2.mp4"),
        ]
        let station = Fixtures.station { $0.topics = [TopicWeight(topic: "agritech", weight: 1)] }
        let plan = MonthPlanner(pool: CoursePool(courses: courses), calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
            .plan(station: station)
        let items = plan.sessions.filter { $0.kind != .openDay }.flatMap(\.items)
        let rice = try #require(items.first { $0.id == 1 })
        #expect(!rice.why.contains("已用完"), "\(rice.why)")
        #expect(rice.why.contains("当季课程还有"), "\(rice.why)")
    }
}
