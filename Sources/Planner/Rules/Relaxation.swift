/// Which violations a declared relaxation (a planner warning stored with the plan) accepts: the same rule at the
/// same place — the session's date, the week (its Monday), or the month as a whole — and nothing else.
extension PlanWarning {
    public func declares(_ violation: PlanViolation, month: YearMonth) -> Bool {
        guard covers(violation.rule) else { return false }
        // Plans stored before warnings carried their place declare by rule alone, as they were checked then.
        guard !station.isEmpty else { return true }
        if let date { return violation.date == date }
        if let weekStart { return !violation.isMonthWide && violation.date.mondayOfWeek == weekStart }
        return violation.isMonthWide
    }

    /// A warning about courses (too few for a session or a topic) explains the fill and topic-share findings.
    private func covers(_ other: PlanRule) -> Bool {
        other == rule || (rule == .courses && (other == .fill || other == .topicShare))
    }
}
