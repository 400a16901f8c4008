import Planner

/// `report`'s judge: the month as held, judged by the very rule values `check` uses on the plan
/// (`WeeklyMinutesRule`, `StudyDaysRule`, declared relaxations), with the planned sessions replaced by those held.
/// A station that held and attended its plan in full is green on every line. Pure.
struct HeldJudgement {
    /// Planned sessions held: a play in the log overlaps the session's time, or a member signed in that day. A
    /// held session counts its whole length (the rule counts sessions, not the courses in them), so an empty
    /// planned session that members attended is held too.
    let held: [PlannedSession]
    /// Study-day and weekly sessions planned but not held, in date order.
    let missed: [PlannedSession]
    let weeks: [CountyReport.Week]
    /// The study-day rule on what was held is met, or its shortfall was declared when planning.
    let studyDaysMet: Bool

    init(
        station: Station, month: YearMonth, plan: StationPlan?, plays: [PlayMatcher.Play], attendedDates: Set<LocalDate>,
        checker: PlanChecker, neighbours: NeighbourPlans
    ) {
        let sessions = plan?.sessions ?? []
        func wasHeld(_ session: PlannedSession) -> Bool {
            if attendedDates.contains(session.date) { return true }
            let start = session.start.minutes * 60, end = session.end.minutes * 60
            return plays.contains { play in
                play.start.date == session.date && play.start.seconds < end
                    && play.start.seconds + (play.end.absolute - play.start.absolute) > start
            }
        }
        held = sessions.filter(wasHeld)
        let heldSet = Set(held)
        missed = sessions.filter { $0.kind != .openDay && !heldSet.contains($0) }
        let warnings = plan?.warnings ?? []
        func declared(_ rule: PlanRule, on date: LocalDate, monthWide: Bool = false) -> Bool {
            let violation = PlanViolation(station: station.id, date: date, rule: rule, detail: "", monthWide: monthWide)
            return warnings.contains { $0.declares(violation, month: month) }
        }
        let judged = checker.weeks(of: held, rules: station.rules, month: month, neighbours: neighbours)
        weeks = judged.map { week in
            let status: CountyReport.WeekStatus = week.isMet
                ? .met : declared(.weeklyMinutes, on: week.first) ? .explained : .short
            return CountyReport.Week(monday: week.monday.description, minutes: week.minutes, required: week.required, status: status)
        }
        let studyDays = StudyDaysRule(rules: station.rules)
        studyDaysMet = studyDays.dates(of: held).count >= studyDays.required
            || declared(.studyDays, on: month.firstDay, monthWide: true)
    }

    /// Every line green: each planned study and weekly session held, and each rule met or explained.
    var allMet: Bool { missed.isEmpty && studyDaysMet && weeks.allSatisfy { $0.status != .short } }

    /// The weeks as the rule sets them when no log came in: thresholds only, no figures.
    static func plannedWeeks(
        station: Station, month: YearMonth, plan: StationPlan?, checker: PlanChecker, neighbours: NeighbourPlans
    ) -> [CountyReport.Week] {
        checker.weeks(of: plan?.sessions ?? [], rules: station.rules, month: month, neighbours: neighbours).map {
            CountyReport.Week(monday: $0.monday.description, minutes: nil, required: $0.required, status: nil)
        }
    }
}
