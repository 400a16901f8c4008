/// Checks a station's children's month against the 快乐园 rules, from the plan as stored: no session in school
/// hours or outside open hours, none in a room the adults use at that time, none overlapping another, groups no
/// larger than the computers, birthday lists exactly the month's birthdays, every weekly rhythm met in full weeks
/// (less only where the plan declared the shortfall), no film repeated within the no-repeat window.
public struct ChildrenChecker: Sendable {
    public enum Finding: Sendable, Hashable {
        case schoolTime(ChildrenSession)
        case roomTaken(ChildrenSession)
        case overlap(ChildrenSession)
        case groupTooLarge(ChildrenSession, computers: Int)
        case birthdayList(ChildrenSession, expected: Int)
        case rhythm(activity: String, week: LocalDate, needed: Int, placed: Int)
        case filmRepeated(ChildrenSession, title: String)

        public var date: LocalDate {
            switch self {
            case .schoolTime(let s), .roomTaken(let s), .overlap(let s), .groupTooLarge(let s, _), .birthdayList(let s, _),
                .filmRepeated(let s, _):
                return s.date
            case .rhythm(_, let week, _, _): return week
            }
        }

        /// In Chinese, for `check`.
        public var detail: String {
            switch self {
            case .schoolTime(let s): return "快乐园“\(s.title)”\(s.start)-\(s.end) 落在孩子上课时间、开放时间以外或回避日期"
            case .roomTaken(let s): return "快乐园“\(s.title)”\(s.start)-\(s.end) 与成人学习同时占用\(s.room)"
            case .overlap(let s): return "快乐园“\(s.title)”\(s.start)-\(s.end) 与另一项快乐园活动时间重叠"
            case .groupTooLarge(let s, let computers): return "电脑课“\(s.title)”一组 \(s.children) 个孩子，多于 \(computers) 台电脑"
            case .birthdayList(let s, let expected):
                return "生日会名单 \(s.children) 人，但这段日子（\(s.window?.description ?? "未写")）过生日的有 \(expected) 人"
            case .rhythm(let activity, let week, let needed, let placed):
                return "快乐园“\(activity)”\(week.chineseMonthDay)起的一周应有 \(needed) 场，计划只有 \(placed) 场且没有声明原因"
            case .filmRepeated(let s, let title): return "少儿影片《\(title)》在不重复期内重复放映（\(s.date.chineseMonthDay)）"
            }
        }
    }

    public let month: YearMonth
    public let calendar: HolidayCalendar

    public init(month: YearMonth, calendar: HolidayCalendar) {
        self.month = month
        self.calendar = calendar
    }

    public func check(
        station: Station, adults: [PlannedSession], children plan: ChildrenPlan, history: StationHistory = .empty
    ) -> [Finding] {
        guard let programme = station.children else { return [] }
        let rules = station.rules
        var findings: [Finding] = []
        for (n, session) in plan.sessions.enumerated() {
            let free = rules.freeIntervals(on: session.date, calendar: calendar)
            if session.end <= session.start || !free.contains(where: { $0.contains(session.interval) }) {
                findings.append(.schoolTime(session))
            }
            if adults.contains(where: { $0.date == session.date && session.room == station.room && $0.start < session.end && session.start < $0.end }) {
                findings.append(.roomTaken(session))
            }
            if plan.sessions[..<n].contains(where: { $0.date == session.date && $0.start < session.end && session.start < $0.end }) {
                findings.append(.overlap(session))
            }
            let activity = programme.activities.indices.contains(session.activity) ? programme.activities[session.activity] : nil
            if activity?.needsComputers == true, session.children > programme.computers {
                findings.append(.groupTooLarge(session, computers: programme.computers))
            }
            if session.kind == .birthday {
                let expected = session.window.map { ChildrenGroups.birthdays(in: $0, roster: programme.roster).count } ?? -1
                if expected != session.children || session.window?.contains(session.date) != true {
                    findings.append(.birthdayList(session, expected: expected))
                }
            }
        }
        findings += rhythm(station: station, programme: programme, plan: plan)
        findings += films(plan, rules: rules, history: history)
        return findings
    }

    /// Full Monday–Sunday weeks of the month: each `per_week` activity's sessions against what the week owes.
    private func rhythm(station: Station, programme: ChildrenProgramme, plan: ChildrenPlan) -> [Finding] {
        var findings: [Finding] = []
        let mondays = month.days.filter { $0.weekday == .monday && month.contains($0.adding(days: 6)) }
        for (index, activity) in programme.activities.enumerated() where activity.perWeek > 0 && activity.kind != .birthday && activity.kind != .visit {
            let groups = activity.needsComputers
                ? ChildrenGroups.groupCount(children: programme.roster.count, computers: programme.computers) : 1
            for monday in mondays {
                let week = (0..<7).map { monday.adding(days: $0) }
                let eligible = week.filter { activity.allows($0, vacation: station.rules.isVacation($0, calendar: calendar)) }.count
                let needed = activity.required(eligibleDays: eligible) * groups
                let placed = plan.sessions.filter { $0.activity == index && $0.date.mondayOfWeek == monday }.count
                guard placed < needed else { continue }
                let declared = plan.relaxations.contains { $0.activity == index && $0.week == monday && $0.placed <= placed }
                if !declared { findings.append(.rhythm(activity: activity.title, week: monday, needed: needed, placed: placed)) }
            }
        }
        return findings
    }

    private func films(_ plan: ChildrenPlan, rules: StationRules, history: StationHistory) -> [Finding] {
        let blocked = Set(history.entries(blocking: month, noRepeatMonths: rules.noRepeatMonths).map(\.courseID))
        var seen: Set<Int64> = []
        var findings: [Finding] = []
        for session in plan.sessions where session.kind == .childrenFilm {
            for item in session.items where blocked.contains(item.id) || !seen.insert(item.id).inserted {
                findings.append(.filmRepeated(session, title: item.title))
            }
        }
        return findings
    }
}
