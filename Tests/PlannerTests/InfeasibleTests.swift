import Testing
import Planner

/// Stations whose rules cannot all be met: the planner relaxes, warns, and never crashes.
@Suite struct InfeasibleTests {
    let december = Fixtures.month("2026-12")
    let pool = CoursePool(courses: Fixtures.sampleCourses)

    func plan(_ station: Station, pool: CoursePool? = nil) -> StationPlan {
        MonthPlanner(pool: pool ?? self.pool, calendar: Fixtures.cn2026, month: december, topicNames: .catalog).plan(station: station)
    }

    @Test func everyDayAvoided() {
        let station = Fixtures.station { $0.avoidDates = Fixtures.range("2026-12-01..2026-12-31").dates }
        let result = plan(station)
        #expect(result.sessions.isEmpty)
        let rules = result.warnings.map(\.rule)
        #expect(rules.filter { $0 == .openDay }.count == 4)
        // The cut weeks (12-1..12-6 and 12-28..12-31) have no usable day here: the neighbouring months carry them.
        #expect(rules.filter { $0 == .weeklyMinutes }.count == 3)
        #expect(rules.contains(.studyDays))
        #expect(result.warnings.contains {
            $0.text == "shuangqiao站点（shuangqiao） 第2周 12月7日–12月13日：每周学习时长（weekly-minutes）——本周只能安排 0 分钟学习，少于要求的 120 分钟（其余时间被回避日期、开放日或上课时间占用）"
        })
        #expect(result.warnings.contains {
            $0.text == "shuangqiao站点（shuangqiao） 2026年12月：每月集中学习日（study-days）——本月只能安排 0 个集中学习日，少于要求的 2 个（可用日期都被回避、开放日或上课时间占用）"
        })
    }

    @Test func noDayLongEnoughForAStudySession() {
        let station = Fixtures.station {
            $0.openHours = OpenHours(schoolDay: Fixtures.interval("19:00-20:00"), otherDay: Fixtures.interval("09:00-10:30"))
        }
        let result = plan(station)
        let study = result.sessions.filter { $0.kind == .studyDay }
        #expect(study.count == 2)
        #expect(study.allSatisfy { $0.minutes == 90 })
        #expect(result.warnings.filter { $0.rule == .studyDays }.count == 2)
    }

    @Test func studyDaysCannotBeSpread() {
        // Only Dec 1–5 are usable: two study days at most 4 days apart.
        let station = Fixtures.station { $0.avoidDates = Fixtures.range("2026-12-06..2026-12-31").dates }
        let result = plan(station)
        #expect(result.sessions.filter { $0.kind == .studyDay }.count == 2)
        #expect(result.warnings.contains { $0.rule == .studyDaySpread })
    }

    @Test func noCoursesAtAll() {
        let result = plan(Fixtures.station(), pool: CoursePool(courses: []))
        #expect(!result.sessions.isEmpty)
        #expect(result.sessions.allSatisfy { $0.items.isEmpty })
        // One summary for the station-month, not one line per empty session and topic.
        let courses = result.warnings.filter { $0.rule == .courses }
        #expect(courses.count == 1)
        #expect(courses.first?.week == nil && courses.first?.station == "shuangqiao")
    }

    @Test func tooFewCoursesForTheTopic() {
        var station = Fixtures.station()
        station.rules.topics = [TopicWeight(topic: "children", weight: 1)]
        let result = plan(station)
        #expect(result.warnings.contains {
            $0.rule == .courses && $0.week == nil && $0.text.contains("少儿 主题本月配额 555 分钟，只排了 59 分钟：可用课程不足")
        }, "\(result.warnings)")
    }
}
