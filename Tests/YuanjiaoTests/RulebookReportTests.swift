import Catalogue
import Notices
import Planner
import Testing
@testable import Yuanjiao

/// Issue 20 in `report`: a month held and attended exactly as planned is green on every line, judged by the
/// rule values `check` uses; a session not held is named by its date and its week.
@Suite struct RulebookReportTests {
    static let calendar: HolidayCalendar = {
        let document = HolidayCalendarDocument(id: "T", name: "测试", holidays: [], workdays: [])
        do { return try document.makeCalendar() } catch { fatalError("\(error)") }
    }()

    static let courses: [Course] = (0..<400).map { n in
        let topics = ["policy", "law", "ethics", "agritech"]
        return Course(
            id: Int64(n + 1), title: "课程\(n)", durationSeconds: (8 + (n * 37) % 50) * 60 + (n % 7) * 11,
            topics: [CourseTopic(id: topics[n % 4], confirmed: true)], path: "课件/\(n).mp4")
    }

    static func stations() -> [Station] {
        var boarding = StationRules.standard
        boarding.openHours.schoolDay = try! DayInterval(start: TimeOfDay(minutes: 9 * 60), end: TimeOfDay(minutes: 11 * 60))
        var avoiding = StationRules.standard
        avoiding.avoidDates = stride(from: 0, to: 360, by: 9).map { try! LocalDate(parsing: "2026-09-01").adding(days: $0) }
        var short = StationRules.standard
        short.openHours.otherDay = try! DayInterval(start: TimeOfDay(minutes: 19 * 60), end: TimeOfDay(minutes: 20 * 60 + 30))
        return [
            Station(id: "plain", name: "普通站", rules: .standard), Station(id: "boarding", name: "寄宿站", rules: boarding),
            Station(id: "avoiding", name: "回避站", rules: avoiding), Station(id: "short", name: "短时站", rules: short),
        ]
    }

    /// What a station that played every planned item in full logs.
    static func plays(_ sessions: [PlannedSession]) -> [PlayMatcher.Play] {
        sessions.flatMap { session in
            session.items.map { item in
                let start = session.start.minutes * 60 + item.startOffset
                return PlayMatcher.Play(
                    start: LogTime(date: session.date, seconds: start),
                    end: LogTime(date: session.date, seconds: start + item.durationSeconds), file: PlayMatcher.fileName(item.path))
            }
        }
    }

    static func attendance(_ station: String, _ sessions: [PlannedSession]) -> AttendanceRates {
        let dates = Set(sessions.filter { $0.kind != .openDay }.map(\.date.description))
        return AttendanceRates(
            records: dates.sorted().map { AttendanceRecord(station: station, date: $0, member: "张三", present: true) },
            members: [station: [Member(name: "张三")]])
    }

    @Test func heldAsPlannedIsGreenAndADroppedSessionIsNamed() throws {
        let pool = CoursePool(courses: Self.courses)
        let checker = PlanChecker(calendar: Self.calendar)
        for station in Self.stations() {
            var history = StationHistory()
            var previous: StationPlan?
            for offset in 0..<12 {
                let month = YearMonth(monthIndex: 2026 * 12 + 8 + offset)
                let neighbours = NeighbourPlans(previous: previous)
                let plan = MonthPlanner(pool: pool, calendar: Self.calendar, month: month)
                    .plan(station: station, history: history, neighbours: neighbours)
                let context = "\(station.id) \(month)"
                let full = StationMonthBuilder.build(
                    station: station, month: month, plan: plan, plays: Self.plays(plan.sessions),
                    attendance: Self.attendance(station.id, plan.sessions), checker: checker, neighbours: neighbours)
                #expect(full.status == .green, "\(context): \(full.weeks) \(plan.warnings.map(\.text))")
                #expect(full.missedDates == [] && full.sessionsHeld == full.sessionsPlanned, "\(context)")
                #expect(full.weeks.allSatisfy { $0.status != .short }, "\(context): \(full.weeks)")
                // Topic columns by the rule's measure: played in full (open-day loop replays included in the log)
                // reads exactly what was planned, topic by topic.
                for topic in full.topics { #expect(topic.playedMinutes == topic.plannedMinutes, "\(context): \(topic)") }

                let alone = plan.sessions.filter { session in
                    WeeklyMinutesRule.counts(session.kind) && plan.sessions.filter { $0.date == session.date }.count == 1
                }
                if let dropped = alone.last {
                    let rest = plan.sessions.filter { $0 != dropped }
                    let row = StationMonthBuilder.build(
                        station: station, month: month, plan: plan, plays: Self.plays(rest),
                        attendance: Self.attendance(station.id, rest), checker: checker, neighbours: neighbours)
                    #expect(row.status != .green, "\(context)")
                    #expect(row.missedDates == [dropped.date.description], "\(context)")
                    let week = checker.weeks(of: rest, rules: station.rules, month: month, neighbours: neighbours)
                        .first { $0.dates.contains(dropped.date) }
                    let reported = row.weeks.filter { $0.status == .short }.map(\.monday)
                    #expect(reported.allSatisfy { $0 == dropped.date.mondayOfWeek.description }, "\(context): \(reported)")
                    if let week, !week.isMet {
                        let declared = plan.warnings.contains {
                            $0.declares(PlanViolation(station: station.id, date: week.first, rule: .weeklyMinutes, detail: ""), month: month)
                        }
                        #expect(reported == (declared ? [] : [week.monday.description]), "\(context)")
                    }
                }
                history.append(plan)
                previous = plan
            }
        }
    }

    /// Each item logged 5 % short (still played by `PlayMatcher.playedShare`) and every open-day loop replayed
    /// twice: the topic columns still read the planned minutes, neither less nor more.
    @Test func topicColumnsCountPlannedMinutesOfPlayedItems() throws {
        let pool = CoursePool(courses: Self.courses)
        let station = Self.stations()[0]
        let month = YearMonth(monthIndex: 2026 * 12 + 10)
        let plan = MonthPlanner(pool: pool, calendar: Self.calendar, month: month).plan(station: station)
        var plays: [PlayMatcher.Play] = []
        for session in plan.sessions {
            for item in session.items {
                let start = session.start.minutes * 60 + item.startOffset
                let seconds = item.durationSeconds * 95 / 100
                let file = PlayMatcher.fileName(item.path)
                plays.append(PlayMatcher.Play(
                    start: LogTime(date: session.date, seconds: start), end: LogTime(date: session.date, seconds: start + seconds),
                    file: file))
                guard session.kind == .openDay else { continue }
                plays.append(PlayMatcher.Play(
                    start: LogTime(date: session.date, seconds: start + seconds),
                    end: LogTime(date: session.date, seconds: start + 2 * seconds), file: file))
            }
        }
        #expect(plan.sessions.contains { $0.kind == .openDay && !$0.items.isEmpty })
        let row = StationMonthBuilder.build(
            station: station, month: month, plan: plan, plays: plays, attendance: Self.attendance(station.id, plan.sessions),
            checker: PlanChecker(calendar: Self.calendar))
        #expect(!row.topics.isEmpty)
        for topic in row.topics { #expect(topic.playedMinutes == topic.plannedMinutes, "\(topic)") }
    }
}
