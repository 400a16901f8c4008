import Foundation
import Testing
@testable import Planner

/// `StationPlanJSON` writes the stored plan document by hand; the document must stay byte for byte what
/// `JSONEncoder` (`.sortedKeys`) writes, or stored plans, their revisions and everything reading them would change.
@Suite struct StationPlanJSONTests {
    func encoded(_ plan: StationPlan) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(plan))
    }

    @Test func generatedPlansAreTheEncodersBytes() throws {
        let courses = generatedCourses(count: 3_000, seed: 7)
        let stations = (0..<40).map { n in
            Fixtures.station("s\(n)") {
                $0.openDay = Weekday.allCases[n % 7]
                $0.avoidDates = [Fixtures.date("2026-11-01").adding(days: n % 30)]
                if n % 3 == 0 { $0.sessionMinutes = 90 }
            }
        }
        let history = StationHistory(entries: courses.prefix(300).map { .init(courseID: $0.id, date: Fixtures.date("2026-10-10")) })
        var written = 0
        for month in ["2026-11", "2026-12"] {
            let planner = MonthPlanner(pool: CoursePool(courses: courses), calendar: Fixtures.cn2026, month: Fixtures.month(month))
            for station in stations {
                let plan = planner.plan(station: station, history: history)
                let bytes = try #require(StationPlanJSON.bytes(plan))
                #expect(bytes == (try encoded(plan)), "\(station.id) \(month)")
                written += 1
            }
        }
        #expect(written == 80)
    }

    /// The sample station's December, and the first session holding an item with a reason.
    func samplePlan() throws -> (StationPlan, Int) {
        let planner = MonthPlanner(
            pool: CoursePool(courses: Fixtures.sampleCourses), calendar: Fixtures.cn2026, month: Fixtures.month("2026-12"))
        let plan = planner.plan(station: Fixtures.station())
        let s = try #require(plan.sessions.firstIndex { $0.items.first?.reason != nil })
        return (plan, s)
    }

    @Test func awkwardTextAndFiguresAreTheEncodersBytes() throws {
        let sample = try samplePlan()
        var plan = sample.0
        let s = sample.1
        plan.id = "a/b\"c\\d 双桥"
        plan.sessions[s].items[0].title = "第1讲 / 上\t下\n“引号”"
        plan.sessions[s].materials = [PlannedMaterial(id: 9, title: "读本 \"甲\"", path: "docs/甲.pdf")]
        plan.sessions[s].items[0].reason?.series = ItemReason.Series(
            title: "系列", episode: 3, previousEpisode: 1, previousDate: Fixtures.date("2026-11-02"), previousInMonth: false,
            restarted: false, missing: [2], skipped: [])
        plan.sessions[s].items[0].reason?.season = .outOfSeasonOthersLeft
        plan.warnings.append(PlanWarning(rule: .weeklyMinutes, week: 2, text: "第2周 / 说明", station: "x", weekStart: Fixtures.date("2026-12-07")))
        let bytes = try #require(StationPlanJSON.bytes(plan))
        #expect(bytes == (try encoded(plan)))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"fill\":"))
    }

    @Test func controlCharactersGoToTheEncoder() throws {
        let sample = try samplePlan()
        var plan = sample.0
        let s = sample.1
        plan.sessions[s].items[0].why = "响铃\u{7}"
        #expect(StationPlanJSON.bytes(plan) == nil)
    }
}
