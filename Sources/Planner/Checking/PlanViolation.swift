/// A broken rule in a stored plan; one element of `check --json`'s `violations`.
public struct PlanViolation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var station: String
    public var date: LocalDate
    public var rule: PlanRule
    /// What is wrong, in Chinese.
    public var detail: String

    public init(station: String, date: LocalDate, rule: PlanRule, detail: String) {
        self.station = station
        self.date = date
        self.rule = rule
        self.detail = detail
    }

    public var description: String { "\(station) \(date) [\(rule.rawValue)] \(detail)" }
}

/// `check --json`: `{"month":"YYYY-MM","violations":[{"station":S,"date":"YYYY-MM-DD","rule":S,"detail":S}]}`.
public struct CheckReport: Sendable, Hashable, Codable {
    public var month: YearMonth
    public var violations: [PlanViolation]

    public init(month: YearMonth, violations: [PlanViolation]) {
        self.month = month
        self.violations = violations
    }

    /// True when every rule holds (exit 0).
    public var passed: Bool { violations.isEmpty }
}
