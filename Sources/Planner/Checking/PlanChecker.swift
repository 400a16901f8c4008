/// Re-verifies a stored plan against every rule through its own code path (minute bitmaps, set-wise school
/// days), not the planner's.
public struct PlanChecker: Sendable {
    public let calendar: HolidayCalendar
    /// The shortest weekly session a day must fit to count as able to hold one (the planner's default).
    public let minimumSessionMinutes: Int
    /// When set, content is checked too: fill, topic shares, items against the catalogue, series order.
    public let catalogue: CatalogueView?
    public let tolerance: ContentTolerance

    public init(
        calendar: HolidayCalendar, minimumSessionMinutes: Int = PlannerOptions().minimumSessionMinutes,
        catalogue: CatalogueView? = nil, tolerance: ContentTolerance = ContentTolerance()
    ) {
        self.calendar = calendar
        self.minimumSessionMinutes = minimumSessionMinutes
        self.catalogue = catalogue
        self.tolerance = tolerance
    }

    /// Checks each station's stored plan; a station with no plan in `plan` is itself a violation.
    public func check(
        _ plan: MonthPlan, stations: [Station], histories: [String: StationHistory] = [:],
        neighbours: [String: NeighbourPlans] = [:]
    ) -> CheckReport {
        var violations: [PlanViolation] = []
        var accepted: [PlanViolation] = []
        let plans = Dictionary(plan.stations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for station in stations {
            guard let stationPlan = plans[station.id] else {
                violations.append(
                    PlanViolation(
                        station: station.id, date: plan.month.firstDay, rule: .studyDays,
                        detail: "\(station.label) 没有 \(plan.month.chineseName) 的计划", monthWide: true))
                continue
            }
            let found = check(
                stationPlan, station: station, month: plan.month, history: histories[station.id] ?? .empty,
                neighbours: neighbours[station.id] ?? .none)
            // What the planner declared when it made the plan is a known relaxation, for exactly that place. A week
            // cut by the month is shared: the month planned last sees the whole week and declares it when it cannot
            // be met, so its declaration of that week (by its Monday) counts for this month's part too.
            let around = neighbours[station.id].map { [$0.previous, $0.next].compactMap { $0 } } ?? []
            let sharedWeeks = around.flatMap(\.warnings).filter { $0.rule == .weeklyMinutes && $0.weekStart != nil }
            for violation in found {
                if stationPlan.warnings.contains(where: { $0.declares(violation, month: plan.month) })
                    || sharedWeeks.contains(where: { $0.declares(violation, month: plan.month) })
                {
                    accepted.append(violation)
                } else {
                    violations.append(violation)
                }
            }
        }
        return CheckReport(month: plan.month, violations: violations, accepted: accepted)
    }

    /// Every violation of one station's plan for `month`, ordered by date.
    public func check(
        _ plan: StationPlan, station: Station, month: YearMonth, history: StationHistory = .empty,
        neighbours: NeighbourPlans = .none
    ) -> [PlanViolation] {
        let rules = station.rules
        let days = CheckerDays(month: month, rules: rules, calendar: calendar)
        var found: [PlanViolation] = []
        func report(_ date: LocalDate, _ rule: PlanRule, _ detail: String) {
            found.append(PlanViolation(station: station.id, date: date, rule: rule, detail: detail))
        }
        func reportMonth(_ rule: PlanRule, _ detail: String) {
            found.append(PlanViolation(station: station.id, date: month.firstDay, rule: rule, detail: detail, monthWide: true))
        }
        for (i, session) in plan.sessions.enumerated() {
            checkTimes(session, days: days, report: report)
            for other in plan.sessions[..<i] where other.date == session.date {
                if session.start.minutes < other.end.minutes && other.start.minutes < session.end.minutes {
                    report(
                        session.date, .sessionTime,
                        "\(session.start)-\(session.end) 与同日 \(other.start)-\(other.end) 的场次重叠")
                }
            }
            checkItems(session, report: report)
        }
        checkStudyDays(plan, rules: rules, report: report, reportMonth: reportMonth)
        checkWeeks(plan, rules: rules, days: days, neighbours: neighbours, report: report)
        checkRepeats(plan, rules: rules, month: month, history: history, report: report)
        if let catalogue {
            checkFill(plan, rules: rules, tolerance: tolerance, report: report, reportMonth: reportMonth)
            checkCatalogue(plan, rules: rules, month: month, history: history, catalogue: catalogue, report: report)
        }
        return found.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    private func checkTimes(
        _ session: PlannedSession, days: CheckerDays, report: (LocalDate, PlanRule, String) -> Void
    ) {
        let date = session.date
        let (start, end) = (session.start.minutes, session.end.minutes)
        let span = "\(session.start)-\(session.end)"
        guard days.month.contains(date) else {
            report(date, .sessionTime, "场次 \(span) 不在 \(days.month.chineseName) 之内")
            return
        }
        guard start < end else {
            report(date, .sessionTime, "场次 \(span) 的结束时刻不晚于开始时刻")
            return
        }
        if days.avoided.contains(date.dayNumber) {
            report(date, .avoidDate, "\(date.chineseMonthDay) 是回避日期，却安排了\(session.kind.chineseName) \(span)")
        }
        let school = days.isSchoolDay(date)
        let blocked = days.blocked(on: date)
        if blocked.touches(start, end) {
            report(
                date, .schoolHours,
                "\(date.chineseMonthDay) 是上学日，\(session.kind.chineseName) \(span) 与上课时间重叠（从 \(blocked.firstSet(in: start, end) ?? "?") 起）")
        }
        if !days.open(on: date).covers(start, end) {
            let hours = school ? "上学日开放时间" : "非上学日开放时间"
            report(date, .openHours, "\(session.kind.chineseName) \(span) 超出\(hours)")
        }
    }

    private func checkItems(_ session: PlannedSession, report: (LocalDate, PlanRule, String) -> Void) {
        let length = max(0, session.end.minutes - session.start.minutes) * 60
        var previousEnd = 0
        for item in session.items.sorted(by: { ($0.startOffset, $0.id) < ($1.startOffset, $1.id) }) {
            let end = item.startOffset + item.durationSeconds
            if item.durationSeconds <= 0 || item.startOffset < 0 {
                report(session.date, .overrun, "《\(item.title)》（\(item.id)）的开始或时长无效")
            } else if end > length {
                report(
                    session.date, .overrun,
                    "《\(item.title)》（\(item.id)）到 \(TimeOfDay.clockText(seconds: end)) 才结束，超出 \(session.start)-\(session.end) 场次（\(length / 60) 分钟）")
            }
            if item.startOffset < previousEnd {
                report(session.date, .overrun, "《\(item.title)》（\(item.id)）与前一节目重叠播放")
            }
            previousEnd = max(previousEnd, end)
        }
    }
}
