import Foundation
import Testing
import Planner

/// The checker catches hand-broken plans; a fresh plan passes.
@Suite struct CheckerTests {
    let calendar = Fixtures.cn2026
    let december = Fixtures.month("2026-12")
    let station = Fixtures.station { $0.avoidDates = [Fixtures.date("2026-12-12")] }
    let checker = PlanChecker(calendar: Fixtures.cn2026)

    var plan: StationPlan {
        MonthPlanner(pool: CoursePool(courses: generatedCourses(count: 500, seed: 5)), calendar: calendar, month: december)
            .plan(station: station)
    }

    func rules(_ violations: [PlanViolation]) -> Set<PlanRule> { Set(violations.map(\.rule)) }

    @Test func freshPlanPasses() {
        #expect(checker.check(plan, station: station, month: december).isEmpty)
    }

    @Test func catchesSessionShiftedIntoSchoolHours() throws {
        var broken = plan
        let i = try #require(broken.sessions.firstIndex {
            $0.kind == .weekly && station.rules.dayKind(of: $0.date, calendar: calendar).isSchoolDay
        })
        broken.sessions[i].start = try TimeOfDay(parsing: "16:00")
        broken.sessions[i].end = try TimeOfDay(parsing: "18:00")
        let found = checker.check(broken, station: station, month: december)
        #expect(rules(found) == [.schoolHours, .openHours])
        let school = try #require(found.first { $0.rule == .schoolHours })
        #expect(school.date == broken.sessions[i].date)
        #expect(school.detail == "\(school.date.chineseMonthDay) 是上学日，每周学习 16:00-18:00 与上课时间重叠（从 16:00 起）")
    }

    /// Adjusted working Saturday 2026-10-10 is a school day: a morning session there breaks school hours.
    @Test func catchesSessionOnAdjustedWorkingDayMorning() throws {
        let broken = StationPlan(id: station.id, sessions: [
            PlannedSession(
                date: Fixtures.date("2026-10-10"), start: try TimeOfDay(parsing: "09:00"), end: try TimeOfDay(parsing: "11:00"),
                kind: .weekly)
        ], warnings: [])
        let found = checker.check(broken, station: station, month: Fixtures.month("2026-10"))
        #expect(found.contains { $0.rule == .schoolHours && $0.date == Fixtures.date("2026-10-10") })
    }

    @Test func catchesDuplicatedCourse() throws {
        var broken = plan
        let study = broken.sessions.indices.filter { broken.sessions[$0].kind != .openDay }
        let copied = try #require(broken.sessions[study[0]].items.first)
        let target = study[1]
        broken.sessions[target].items[0] = PlannedItem(
            id: copied.id, title: copied.title, topic: copied.topic, startOffset: 0,
            durationSeconds: min(copied.durationSeconds, broken.sessions[target].items[0].durationSeconds), path: copied.path,
            why: copied.why)
        let found = checker.check(broken, station: station, month: december)
        #expect(rules(found) == [.repeat])
        #expect(found.first?.detail.contains("本月 \(broken.sessions[study[0]].date.chineseMonthDay) 已播过") == true)
    }

    @Test func catchesDroppedStudyDay() throws {
        var broken = plan
        let i = try #require(broken.sessions.firstIndex { $0.kind == .studyDay })
        broken.sessions.remove(at: i)
        let found = checker.check(broken, station: station, month: december)
        #expect(found.contains { $0.rule == .studyDays && $0.detail == "本月有 1 个集中学习日，要求 2 个" })
        #expect(found.contains { $0.rule == .weeklyMinutes })
    }

    @Test func catchesAvoidDateMissingOpenDayAndOverrun() throws {
        var broken = plan
        // Move the week-3 open day onto the avoided Saturday (12-12), leaving week 3 without one.
        let open = try #require(broken.sessions.firstIndex { $0.kind == .openDay && $0.date.day == 19 })
        broken.sessions[open].date = Fixtures.date("2026-12-12")
        // Stretch an item past its session's end.
        let study = try #require(broken.sessions.firstIndex { $0.kind == .studyDay })
        let last = broken.sessions[study].items.count - 1
        broken.sessions[study].items[last].durationSeconds += 30 * 60
        let found = checker.check(broken, station: station, month: december)
        #expect(found.contains { $0.rule == .avoidDate && $0.date.day == 12 })
        #expect(found.contains { $0.rule == .openDay && $0.date.day == 19 })
        #expect(found.contains { $0.rule == .overrun && $0.date == broken.sessions[study].date })
    }

    @Test func catchesRepeatFromHistory() throws {
        let original = plan
        let shown = try #require(original.sessions.first { $0.kind == .studyDay }?.items.first)
        let history = StationHistory(entries: [.init(courseID: shown.id, date: Fixtures.date("2026-03-15"))])
        let found = checker.check(original, station: station, month: december, history: history)
        #expect(found.map(\.rule) == [.repeat])
        #expect(found.first?.detail == "《\(shown.title)》（\(shown.id)）已于 2026-03-15 播过，12 个月内不应重复")
        // Outside the window (13 months back) it is fine.
        let old = StationHistory(entries: [.init(courseID: shown.id, date: Fixtures.date("2025-11-30"))])
        #expect(checker.check(original, station: station, month: december, history: old).isEmpty)
    }

    @Test func missingStationPlanIsAViolation() {
        let report = checker.check(MonthPlan(month: december, stations: []), stations: [station])
        #expect(report.violations.map(\.rule) == [.studyDays])
        #expect(!report.passed)
    }

    @Test func jsonShapes() throws {
        let monthPlan = MonthPlan(month: december, stations: [plan])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(monthPlan)
        let decoded = try JSONDecoder().decode(MonthPlan.self, from: data)
        #expect(try encoder.encode(decoded) == data)
        #expect(decoded.stations[0].sessions == monthPlan.stations[0].sessions)
        // A warning decodes to its text, with the rule recovered from the text.
        #expect(decoded.stations[0].warnings.map(\.rule) == monthPlan.stations[0].warnings.map(\.rule))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["month"] as? String == "2026-12")
        let stationObject = try #require((object["stations"] as? [[String: Any]])?.first)
        #expect(Set(stationObject.keys) == ["id", "sessions", "warnings", "warningData"])
        let session = try #require((stationObject["sessions"] as? [[String: Any]])?.first)
        #expect(Set(session.keys) == ["date", "start", "end", "kind", "fill", "items"])
        let item = try #require((session["items"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["id", "title", "topic", "start", "duration", "path", "why"])
        #expect(item["start"] as? String == "00:00:00")

        var broken = plan
        broken.sessions.removeAll { $0.kind == .studyDay }
        let report = CheckReport(month: december, violations: checker.check(broken, station: station, month: december))
        let reportObject = try #require(
            try JSONSerialization.jsonObject(with: try encoder.encode(report)) as? [String: Any])
        let violation = try #require((reportObject["violations"] as? [[String: Any]])?.first)
        #expect(Set(violation.keys) == ["station", "date", "rule", "detail"])
        #expect(violation["rule"] as? String == "study-days")
        #expect(violation["date"] as? String == "2026-12-01")
    }
}
