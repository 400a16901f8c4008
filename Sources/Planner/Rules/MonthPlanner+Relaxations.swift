/// Planning either meets a rule or declares where it does not: before a plan leaves the planner it is judged by
/// the checker's rule values, and each relaxable finding no warning names yet becomes a declared relaxation for
/// exactly that place. A plan that `check` would reject is therefore never stored.
extension MonthPlanner {
    /// Rules a plan may relax when the station's calendar or the catalogue leaves no way to meet them. Times
    /// (school hours, open hours, avoid dates, overlaps) are never relaxed: a finding there is a planner bug.
    static let relaxableRules: Set<PlanRule> = [.weeklyMinutes, .openDay, .studyDays, .fill, .topicShare]

    func declareRemaining(
        _ plan: StationPlan, station: Station, history: StationHistory, neighbours: NeighbourPlans,
        warnings: inout WarningLog
    ) {
        let checker = PlanChecker(calendar: calendar, minimumSessionMinutes: options.minimumSessionMinutes)
        var found = checker.check(plan, station: station, month: month, history: history, neighbours: neighbours)
        checker.checkFill(
            plan, rules: station.rules, tolerance: ContentTolerance(),
            report: { found.append(PlanViolation(station: station.id, date: $0, rule: $1, detail: $2)) },
            reportMonth: {
                found.append(PlanViolation(station: station.id, date: month.firstDay, rule: $0, detail: $1, monthWide: true))
            })
        for violation in found where Self.relaxableRules.contains(violation.rule) {
            guard !warnings.warnings.contains(where: { $0.declares(violation, month: month) }) else { continue }
            if violation.isMonthWide {
                warnings.add(violation.rule, week: nil, violation.detail)
            } else {
                let week = warnings.weekMondays.firstIndex(of: violation.date.mondayOfWeek).map { $0 + 1 }
                // A week's minutes are declared for the week; anything else for its own date.
                let date = violation.rule == .weeklyMinutes ? nil : violation.date
                warnings.add(violation.rule, week: week, date: date, violation.detail)
            }
        }
    }
}
