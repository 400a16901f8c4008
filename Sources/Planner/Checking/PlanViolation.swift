/// A broken rule in a stored plan; one element of `check --json`'s `violations`.
public struct PlanViolation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var station: String
    public var date: LocalDate
    public var rule: PlanRule
    /// What is wrong, in Chinese.
    public var detail: String
    /// About the month as a whole (too few study days, a topic's share), not one week or session: only a
    /// month-wide relaxation declares it. `date` is then the month's first day.
    public var isMonthWide = false

    enum CodingKeys: String, CodingKey { case station, date, rule, detail }

    public init(station: String, date: LocalDate, rule: PlanRule, detail: String, monthWide: Bool = false) {
        self.station = station
        self.date = date
        self.rule = rule
        self.detail = detail
        self.isMonthWide = monthWide
    }

    public var description: String { "\(station) \(date) [\(rule.rawValue)] \(detail)" }
}

/// `check --json`: `{"month":"YYYY-MM","violations":[{"station":S,"date":"YYYY-MM-DD","rule":S,"detail":S}],
/// "accepted":[…same…]}`. `violations` are those the stored plan did not declare; `accepted` those it declared
/// as relaxations when it was made, for exactly that place (`PlanWarning.declares`).
public struct CheckReport: Sendable, Hashable, Codable {
    public var month: YearMonth
    public var violations: [PlanViolation]
    public var accepted: [PlanViolation]

    public init(month: YearMonth, violations: [PlanViolation], accepted: [PlanViolation] = []) {
        self.month = month
        self.violations = violations
        self.accepted = accepted
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        month = try c.decode(YearMonth.self, forKey: .month)
        violations = try c.decode([PlanViolation].self, forKey: .violations)
        accepted = try c.decodeIfPresent([PlanViolation].self, forKey: .accepted) ?? []
    }

    /// True when no undeclared violation was found (exit 0); `strict` counts declared relaxations too.
    public func passed(strict: Bool = false) -> Bool { violations.isEmpty && (!strict || accepted.isEmpty) }

    public var passed: Bool { passed() }
}
