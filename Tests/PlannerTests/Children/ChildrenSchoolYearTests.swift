import Testing
import Planner

/// The independent check the issue asks for: generated stations planned month by month over the school year
/// 2026-09..2027-08 (winter vacation and Spring Festival 2027 included), each month's plan the next one's history,
/// and every children's session judged by code written here from the station's rules, not the planner's.
@Suite struct ChildrenSchoolYearTests {
    static func generated(_ count: Int) -> [Station] {
        var random = SeededGenerator(seed: 2027)
        return (0..<count).map { n in
            let children = Int.random(in: 0...45, using: &random)
            var activities = ChildrenFixtures.designActivities
            if n % 3 == 0 { activities[0].room = nil }  // the computer class in the adults' room
            if n % 4 == 1 { activities[1].perWeek = 2 }
            if n % 5 == 2 { activities[4].perMonth = 2 }
            let programme = ChildrenProgramme(
                roster: ChildrenFixtures.roster(children, random: &random), computers: Int.random(in: 4...14, using: &random),
                activities: activities, phone: "0731-0000\(n)")
            return ChildrenFixtures.station("s\(n)", children: programme) { rules in
                if n % 2 == 1 { rules.openDay = .sunday }
                rules.noRepeatMonths = [3, 6, 12][n % 3]
                let evening = Int.random(in: 17...19, using: &random) * 60
                rules.openHours = OpenHours(
                    schoolDay: Fixtures.interval("\(evening / 60):00-21:30"), otherDay: Fixtures.interval("08:30-21:30"))
            }
        }
    }

    /// DESIGN.md's rule, restated: Monday–Friday in a term and not a holiday, or a 调休 workday in a term.
    static func isSchoolDay(_ date: LocalDate, _ rules: StationRules) -> Bool {
        let inTerm = rules.terms.contains { $0.contains(date) }
        let calendar = ChildrenFixtures.schoolYearCalendar
        if ChildrenFixtures.cn2027Workdays.contains(where: { $0.1 == date.description }) || Fixtures.workdays.contains(where: { $0.1 == date.description }) {
            return inTerm
        }
        if calendar.holiday(on: date) != nil { return false }
        return inTerm && date.weekday.rawValue <= 5
    }

    static func overlaps(_ a: PlannedSession, _ b: ChildrenSession) -> Bool {
        a.date == b.date && a.start < b.end && b.start < a.end
    }

    @Test func everyRuleHoldsOverTheSchoolYear() throws {
        let stations = Self.generated(12)
        var histories: [String: StationHistory] = [:]
        var shown: [String: [Int64: [LocalDate]]] = [:]
        var totals = (sessions: 0, groups: 0, birthdays: 0, declared: 0, declaredDaysJudged: 0)
        for month in ChildrenFixtures.months {
            let planner = MonthPlanner(pool: ChildrenFixtures.pool, calendar: ChildrenFixtures.schoolYearCalendar, month: month)
            for station in stations {
                let plan = planner.plan(station: station, history: histories[station.id] ?? .empty)
                histories[station.id] = (histories[station.id] ?? .empty).appending(plan)
                let children = try #require(plan.children)
                let programme = try #require(station.children)
                let rules = station.rules
                totals.sessions += children.sessions.count
                totals.declared += children.relaxations.count
                for (n, session) in children.sessions.enumerated() {
                    #expect(month.contains(session.date))
                    // 0 sessions in school hours, all inside the day's open hours, none on an avoid date.
                    let school = Self.isSchoolDay(session.date, rules)
                    let open = school ? rules.openHours.schoolDay : rules.openHours.otherDay
                    #expect(open.start <= session.start && session.end <= open.end, "\(station.id) \(session.date) \(session.start)")
                    if school {
                        #expect(!rules.schoolHours.contains { $0.start < session.end && session.start < $0.end }, "\(station.id) \(session.date)")
                    }
                    // 0 room overlaps with adults; children's sessions never overlap each other.
                    if session.room == station.room {
                        #expect(!plan.sessions.contains { Self.overlaps($0, session) }, "\(station.id) \(session.date) \(session.start)")
                    }
                    #expect(!children.sessions[..<n].contains { $0.date == session.date && $0.start < session.end && session.start < $0.end })
                    // Groups ≤ computers: the group the notices name (`ChildrenGroups.group`) is as many as the session
                    // says, no more than the computers.
                    let activity = programme.activities[session.activity]
                    if activity.needsComputers {
                        totals.groups += 1
                        let group = ChildrenGroups.group(session.group, of: session.groups, roster: programme.roster)
                        #expect(group.count == session.children && group.count <= programme.computers, "\(station.id) \(session.date)")
                        #expect(session.groups == max(1, (programme.roster.count + programme.computers - 1) / programme.computers))
                    }
                    // Birthday lists exact: the names the notices print, against the roster read again here.
                    if session.kind == .birthday {
                        totals.birthdays += 1
                        let window = try #require(session.window)
                        let born = ChildrenSchoolYearJudge.born(in: window, roster: programme.roster)
                        let named = ChildrenSchoolYearJudge.lines(ChildrenGroups.birthdays(in: window, roster: programme.roster))
                        #expect(named == born && session.children == born.count && window.contains(session.date), "\(station.id) \(window)")
                    }
                    for item in session.items { shown[station.id, default: [:]][item.id, default: []].append(session.date) }
                }
                // The computer class's groups together are the roster, every child once.
                if let computerClass = children.sessions.first(where: { programme.activities[$0.activity].needsComputers }) {
                    let everyone = (1...computerClass.groups).flatMap {
                        ChildrenGroups.group($0, of: computerClass.groups, roster: programme.roster)
                    }
                    #expect(ChildrenSchoolYearJudge.lines(everyone) == ChildrenSchoolYearJudge.lines(programme.roster))
                }
                // Every child with a birthday this month is in exactly one birthday session, or it was declared.
                let bornThisMonth = programme.roster.filter { $0.birthDate.month == month.month }.count
                let celebrated = children.sessions.filter { $0.kind == .birthday }.reduce(0) { $0 + $1.children }
                #expect(celebrated == bornThisMonth || children.relaxations.contains { $0.kind == .birthday })
                // Rhythm met in full weeks (or declared for exactly that week).
                for monday in month.days where monday.weekday == .monday && month.contains(monday.adding(days: 6)) {
                    for (index, activity) in programme.activities.enumerated() where activity.perWeek > 0 {
                        let days = (0..<7).map { monday.adding(days: $0) }
                        let eligible = days.filter { date in
                            if let weekday = activity.weekday, date.weekday != weekday { return false }
                            if activity.vacationsOnly {
                                return !rules.terms.contains { $0.contains(date) } || ChildrenFixtures.schoolYearCalendar.holiday(on: date) != nil
                            }
                            return true
                        }
                        guard !eligible.isEmpty else { continue }
                        let groups = activity.needsComputers ? max(1, (programme.roster.count + programme.computers - 1) / programme.computers) : 1
                        let owed = (eligible.count == 7 || activity.weekday != nil ? activity.perWeek : (activity.perWeek * eligible.count * 2 + 7) / 14) * groups
                        let held = children.sessions.filter { $0.activity == index && $0.date.mondayOfWeek == monday }.count
                        let declared = children.relaxations.first { $0.activity == index && $0.week == monday }
                        #expect(held >= owed || declared?.placed == held,
                            "\(station.id) \(activity.title) \(monday): \(held) of \(owed) \(children.relaxations.filter { $0.activity == index })")
                        // A declared week must really be full: no group short of its sessions had a day left with room.
                        if held < owed, let declared, declared.reason != .noFilms {
                            for group in 1...groups {
                                let days = Set(children.sessions.filter { $0.activity == index && $0.group == group && $0.date.mondayOfWeek == monday }.map(\.date))
                                for date in eligible where days.count < owed / groups && !days.contains(date) {
                                    let spans = ChildrenSchoolYearJudge.freeSpans(
                                        date, schoolDay: Self.isSchoolDay(date, rules), rules: rules, room: activity.room ?? station.room,
                                        stationRoom: station.room, adults: plan.sessions, children: children.sessions)
                                    let fits = activity.hours.map { ChildrenSchoolYearJudge.fits($0, in: spans) }
                                        ?? ChildrenSchoolYearJudge.fits(activity.minutes, in: spans)
                                    #expect(!fits, "\(station.id) \(activity.title) group \(group) \(date): declared, yet \(spans) was free")
                                    totals.declaredDaysJudged += 1
                                }
                            }
                        }
                    }
                }
                // The planner's own checker agrees.
                let findings = ChildrenChecker(month: month, calendar: ChildrenFixtures.schoolYearCalendar).check(
                    station: station, adults: plan.sessions, children: children)
                #expect(findings.isEmpty, "\(station.id) \(month): \(findings.map(\.detail))")
            }
        }
        // Films never repeated within each station's no-repeat window.
        for station in stations {
            for (_, dates) in shown[station.id] ?? [:] {
                let months = dates.map(\.yearMonth.monthIndex).sorted()
                for (a, b) in zip(months, months.dropFirst()) { #expect(b - a > station.rules.noRepeatMonths, "\(station.id)") }
            }
        }
        #expect(totals.sessions > 1000 && totals.groups > 100 && totals.birthdays > 50, "\(totals)")
        #expect(totals.declared > 0 && totals.declaredDaysJudged > 0, "\(totals)")
    }
}
