import Testing
import Planner

/// `check` checks content, not only times: fill, topic shares, the catalogue, series order; relaxations the
/// plan declared are accepted, the rest are violations.
@Suite struct ContentCheckTests {
    let month = Fixtures.month("2026-12")
    let station = Fixtures.station()
    let pool = CoursePool(courses: generatedCourses(count: 400, seed: 7))

    var catalogue: CatalogueView { CatalogueView(courses: pool.courses) }

    func check(_ plan: StationPlan, catalogue: CatalogueView? = nil, history: StationHistory = .empty) -> CheckReport {
        PlanChecker(calendar: Fixtures.cn2026, catalogue: catalogue ?? self.catalogue)
            .check(MonthPlan(month: month, stations: [plan]), stations: [station], histories: [station.id: history])
    }

    func made() -> StationPlan {
        MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: month).plan(station: station)
    }

    @Test func aGoodPlanPassesTheContentChecks() {
        let report = check(made())
        #expect(report.violations.isEmpty, "\(report.violations)")
    }

    @Test func emptySessionsAreViolationsUnlessDeclared() {
        var plan = made()
        for i in plan.sessions.indices { plan.sessions[i].items = [] }
        plan.warnings = []
        let report = check(plan)
        let study = plan.sessions.filter { $0.kind != .openDay }.count
        #expect(report.violations.filter { $0.rule == .fill }.count == study)
        #expect(report.violations.contains { $0.rule == .topicShare })
        #expect(!report.passed)
        // The same plan declaring that courses ran short, session by session and for the month: listed as
        // accepted, exit 0 unless --strict.
        let studyDates = plan.sessions.filter { $0.kind != .openDay }.map(\.date)
        plan.warnings = [PlanWarning(rule: .courses, week: nil, text: "课程不足", station: plan.id)]
            + studyDates.map { PlanWarning(rule: .courses, week: nil, text: "空闲", station: plan.id, date: $0) }
        let declared = check(plan)
        #expect(declared.violations.isEmpty)
        #expect(declared.accepted.filter { $0.rule == .fill }.count == study)
        #expect(declared.passed && !declared.passed(strict: true))
        // A plan stored before warnings carried their place, with one month-level warning: it explains the
        // month-wide topic shares, not every session by its rule alone.
        plan.warnings = [PlanWarning(rule: .courses, week: nil, text: "课程不足")]
        let old = check(plan)
        #expect(old.violations.filter { $0.rule == .fill }.count == study)
        #expect(old.accepted.contains { $0.rule == .topicShare } && !old.violations.contains { $0.rule == .topicShare })
        #expect(!old.passed)
    }

    @Test func itemsAreComparedWithTodaysCatalogue() throws {
        let plan = made()
        let items = plan.sessions.filter { $0.kind != .openDay }.flatMap(\.items)
        let renamed = try #require(items.first), shortened = items[1], deleted = items[2], lost = items[3]
        var courses = pool.courses.filter { $0.id != deleted.id }
        for i in courses.indices {
            if courses[i].id == renamed.id { courses[i].title = "新标题" }
            if courses[i].id == shortened.id { courses[i].durationSeconds -= 60 }
        }
        let report = check(plan, catalogue: CatalogueView(courses: courses, missingFiles: [lost.id]))
        let found = report.violations.filter { $0.rule == .catalogue }
        #expect(found.count >= 4, "\(found)")
        #expect(found.contains { $0.detail.contains("新标题") })
        #expect(found.contains { $0.detail.contains("目录中为") })
        #expect(found.contains { $0.detail.contains("已不在目录中") })
        #expect(found.contains { $0.detail.contains("已不在磁盘上") })
    }

    @Test func seriesOutOfOrderOrSkippedIsReported() throws {
        let courses = Fixtures.sampleCourses
        let episodes = courses.filter { $0.series?.title == "党的二十大精神学习辅导" }
        func item(_ course: Course, at offset: Int) -> PlannedItem {
            PlannedItem(id: course.id, title: course.title, topic: "policy", startOffset: offset,
                        durationSeconds: course.durationSeconds, path: course.path, why: "")
        }
        let session = PlannedSession(
            date: Fixtures.date("2026-12-05"), start: Fixtures.interval("09:00-11:00").start, end: Fixtures.interval("09:00-11:00").end,
            kind: .studyDay, items: [item(episodes[2], at: 0), item(episodes[1], at: 2400)])
        let plan = StationPlan(id: station.id, sessions: [session], warnings: [])
        // Episode 1 was shown last month: 3 skips 2, then 2 comes after 3.
        let history = StationHistory(entries: [.init(courseID: episodes[0].id, date: Fixtures.date("2026-11-07"))])
        let found = check(plan, catalogue: CatalogueView(courses: courses), history: history).violations.filter { $0.rule == .seriesOrder }
        #expect(found.count == 2, "\(found)")
    }

    @Test func aCatalogueThatRanOutGivesOneSummaryWarning() {
        let small = CoursePool(courses: Array(Fixtures.sampleCourses.prefix(8)))
        var history = StationHistory()
        for course in small.courses { history.entries.append(.init(courseID: course.id, date: Fixtures.date("2026-10-10"))) }
        let plan = MonthPlanner(pool: small, calendar: Fixtures.cn2026, month: month).plan(station: station, history: history)
        let courses = plan.warnings.filter { $0.rule == .courses }
        #expect(courses.count == 1, "\(courses)")
        #expect(courses.first?.detail.contains("请添加新课件，或缩短 no_repeat_months") == true)
        #expect(courses.first?.station == station.id)
    }
}
