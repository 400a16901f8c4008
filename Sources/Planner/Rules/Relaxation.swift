/// Which violations a declared relaxation (a planner warning stored with the plan) accepts: the same rule at the
/// same place — the session's date, the week (its Monday), or the month as a whole — and nothing else.
extension PlanWarning {
    public func declares(_ violation: PlanViolation, month: YearMonth) -> Bool {
        guard covers(violation.rule) else { return false }
        // Plans stored before warnings carried their place have only their text: it names the week
        // (「第2周 12月7日–12月13日」) or nothing, and then the warning declares the month as a whole — never a
        // session or a week by its rule alone.
        guard !station.isEmpty else {
            if let monday = Self.weekNamed(in: text, month: month) {
                return !violation.isMonthWide && violation.date.mondayOfWeek == monday
            }
            return violation.isMonthWide
        }
        if let date { return violation.date == date }
        if let weekStart { return !violation.isMonthWide && violation.date.mondayOfWeek == weekStart }
        return violation.isMonthWide
    }

    /// The Monday of the week an old warning's text names (「第N周」, week 1 holding the month's 1st), if any.
    static func weekNamed(in text: String, month: YearMonth) -> LocalDate? {
        guard let mark = text.firstIndex(of: "第"), let end = text[mark...].firstIndex(of: "周"),
            let number = Int(text[text.index(after: mark)..<end]), (1...6).contains(number)
        else { return nil }
        return month.firstDay.mondayOfWeek.adding(days: 7 * (number - 1))
    }

    /// A warning about courses (too few for a session or a topic) explains the fill and topic-share findings.
    private func covers(_ other: PlanRule) -> Bool {
        other == rule || (rule == .courses && (other == .fill || other == .topicShare))
    }
}
