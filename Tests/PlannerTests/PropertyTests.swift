import Testing
import Planner

/// Generated station rules (seeded, so every run checks the same cases) over every month of 2026, each month's
/// plan becoming the next month's history: hard rules always hold; soft ones hold or carry a warning.
@Suite struct PropertyTests {
    static let topics = ["policy", "law", "ethics", "agritech", "children"]

    static func time(_ minutes: Int) -> TimeOfDay {
        do { return try TimeOfDay(minutes: minutes) } catch { fatalError("\(error)") }
    }

    static func span(_ start: Int, _ end: Int) -> DayInterval {
        do { return try DayInterval(start: time(start), end: time(end)) } catch { fatalError("\(error)") }
    }

    static func rules(_ random: inout SeededGenerator) -> StationRules {
        var rules = StationRules.standard
        // School hours: one to three blocks between 07:00 and 21:00, sometimes evening self-study.
        var blocks: [DayInterval] = []
        var cursor = Int.random(in: 7 * 60...9 * 60, using: &random) / 5 * 5
        for _ in 0..<Int.random(in: 1...3, using: &random) where cursor < 20 * 60 {
            let end = min(21 * 60, cursor + Int.random(in: 60...240, using: &random) / 5 * 5)
            blocks.append(span(cursor, end))
            cursor = end + Int.random(in: 30...150, using: &random) / 5 * 5
        }
        rules.schoolHours = blocks
        rules.terms = Bool.random(using: &random) ? Fixtures.terms2026 : [Fixtures.range("2026-02-20..2026-11-30")]
        let open = Int.random(in: 16 * 60...20 * 60, using: &random) / 15 * 15
        rules.openHours = OpenHours(
            schoolDay: span(open, min(1440, open + Int.random(in: 30...300, using: &random) / 15 * 15)),
            otherDay: span(
                Int.random(in: 6 * 60...12 * 60, using: &random) / 15 * 15, Int.random(in: 14 * 60...23 * 60, using: &random) / 15 * 15))
        rules.studyDaysPerMonth = Int.random(in: 0...4, using: &random)
        rules.weeklyMinutes = Int.random(in: 0...16, using: &random) * 15
        rules.sessionMinutes = Int.random(in: 2...16, using: &random) * 15
        rules.openDay = Weekday.allCases.randomElement(using: &random) ?? .saturday
        rules.topics = topics.filter { _ in Int.random(in: 0..<3, using: &random) > 0 }.map {
            TopicWeight(topic: $0, weight: Double(Int.random(in: 1...3, using: &random)))
        }
        rules.noRepeatMonths = Int.random(in: 0...12, using: &random)
        let avoidCount = Int.random(in: 0..<5, using: &random) == 0 ? 150 : Int.random(in: 0...10, using: &random)
        rules.avoidDates = (0..<avoidCount).map { _ in Fixtures.date("2026-01-01").adding(days: Int.random(in: 0..<365, using: &random)) }
        return rules
    }

    @Test(arguments: 0..<6)
    func rulesHoldOrAreWarned(batch: Int) {
        var random = SeededGenerator(seed: 2026 + UInt64(batch))
        let pool = CoursePool(courses: generatedCourses(count: 400, seed: UInt64(batch)))
        let planners = (1...12).map {
            MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: YearMonth(monthIndex: 2026 * 12 + $0 - 1))
        }
        let checker = PlanChecker(calendar: Fixtures.cn2026)
        for n in 0..<6 {
            let station = Station(id: "s\(batch)-\(n)", name: "站点\(n)", rules: Self.rules(&random))
            var history = StationHistory()
            for planner in planners {
                let plan = planner.plan(station: station, history: history)
                verify(plan, station: station, month: planner.month, history: history, checker: checker)
                history.append(plan)
            }
        }
    }

    func verify(_ plan: StationPlan, station: Station, month: YearMonth, history: StationHistory, checker: PlanChecker) {
        let rules = station.rules
        let context = "\(station.id) \(month) \(rules)"
        let warned = Set(plan.warnings.map(\.rule))
        for session in plan.sessions {
            #expect(month.contains(session.date), "\(context)")
            #expect(!rules.avoidDates.contains(session.date), "\(context)")
            let free = rules.freeIntervals(on: session.date, calendar: Fixtures.cn2026)
            #expect(free.contains { $0.start <= session.start && session.end <= $0.end }, "\(session.date) \(context)")
            if rules.dayKind(of: session.date, calendar: Fixtures.cn2026).isSchoolDay {
                #expect(!rules.schoolHours.contains { $0.start < session.end && session.start < $0.end }, "\(context)")
            }
            #expect(session.items.reduce(0) { $0 + $1.durationSeconds } <= session.minutes * 60)
        }
        for violation in checker.check(plan, station: station, month: month, history: history) {
            #expect([.studyDays, .weeklyMinutes, .openDay].contains(violation.rule), "\(violation) \(context)")
            #expect(warned.contains(violation.rule), "unwarned \(violation) \(context)")
        }
        let study = plan.sessions.filter { $0.kind == .studyDay }.map(\.date)
        if study.count < rules.studyDaysPerMonth { #expect(warned.contains(.studyDays), "\(context)") }
        let gaps = zip(study, study.dropFirst()).map { $0.days(to: $1) }
        if let closest = gaps.min(), closest < 7 { #expect(warned.contains(.studyDaySpread), "\(context)") }
        #expect(plan.warnings.allSatisfy { $0.text.hasPrefix(station.label) })
    }
}
