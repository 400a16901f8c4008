import Testing
import Planner

/// Issue 20's property: generated counties over every month of 2026-09..2027-08 with awkward calendars (weeks
/// cut to 1–6 days, avoid dates, boarding schools): what `plan` stores, `check` passes; a session dropped from
/// it is reported by exactly that rule at exactly that place.
@Suite struct RulebookPropertyTests {
    static let months = (0..<12).map { YearMonth(monthIndex: 2026 * 12 + 8 + $0) }

    /// Generated rules, with avoid dates inside the planned year and every third station a boarding school
    /// (its school-day open hours fall inside class time).
    static func awkwardRules(_ random: inout SeededGenerator, index: Int) -> StationRules {
        var rules = PropertyTests.rules(&random)
        rules.avoidDates = (0..<Int.random(in: 0...20, using: &random)).map { _ in
            Fixtures.date("2026-09-01").adding(days: Int.random(in: 0..<365, using: &random))
        }
        if index % 3 == 0 {
            rules.schoolHours = [PropertyTests.span(7 * 60, 21 * 60)]
            rules.openHours.schoolDay = PropertyTests.span(19 * 60, 21 * 60)
        }
        return rules
    }

    @Test(arguments: 0..<3)
    func planChecksAndADroppedSessionIsFoundWhereItWas(batch: Int) {
        var random = SeededGenerator(seed: 2020 + UInt64(batch))
        let pool = CoursePool(courses: generatedCourses(count: 500, seed: 200 + UInt64(batch)))
        let catalogue = CatalogueView(courses: pool.courses)
        let checker = PlanChecker(calendar: Fixtures.cn2026, catalogue: catalogue)
        let rulesOnly = PlanChecker(calendar: Fixtures.cn2026)
        for n in 0..<4 {
            let station = Station(id: "a\(batch)-\(n)", name: "站点\(n)", rules: Self.awkwardRules(&random, index: n))
            var history = StationHistory()
            var previous: StationPlan?
            for month in Self.months {
                let neighbours = NeighbourPlans(previous: previous)
                let plan = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: month)
                    .plan(station: station, history: history, neighbours: neighbours)
                let context = "\(station.id) \(month)"
                let report = checker.check(
                    MonthPlan(month: month, stations: [plan]), stations: [station], histories: [station.id: history],
                    neighbours: [station.id: neighbours])
                #expect(report.violations.isEmpty, "\(context): \(report.violations) \(station.rules)")

                let before = Set(rulesOnly.check(plan, station: station, month: month, history: history, neighbours: neighbours))
                if let dropped = plan.sessions.first(where: { WeeklyMinutesRule.counts($0.kind) && $0.minutes > 0 }) {
                    var without = plan
                    without.sessions.removeAll { $0 == dropped }
                    let after = rulesOnly.check(without, station: station, month: month, history: history, neighbours: neighbours)
                    let new = after.filter { !before.contains($0) }
                    let week = rulesOnly.weeks(of: without.sessions, rules: station.rules, month: month, neighbours: neighbours)
                        .first { $0.dates.contains(dropped.date) }
                    let weekShort = week.map { !$0.isMet } ?? false
                    let studyShort = dropped.kind == .studyDay
                        && StudyDaysRule(rules: station.rules).dates(of: without.sessions).count < station.rules.studyDaysPerMonth
                    for violation in new {
                        let expected = (violation.rule == .weeklyMinutes && violation.date == week?.first)
                            || (violation.rule == .studyDays && violation.isMonthWide && studyShort)
                        #expect(expected, "\(context): dropping \(dropped.date) reported \(violation)")
                    }
                    #expect(new.contains { $0.rule == .weeklyMinutes } == weekShort || before.contains {
                        $0.rule == .weeklyMinutes && $0.date == week?.first
                    }, "\(context): dropping \(dropped.date)")
                }
                history.append(plan)
                previous = plan
            }
        }
    }
}
