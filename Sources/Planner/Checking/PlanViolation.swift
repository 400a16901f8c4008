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

/// `check --json`: `{"month":"YYYY-MM","violations":[{"station":S,"date":"YYYY-MM-DD","rule":S,"detail":S}],
/// "accepted":[…same…]}`. `violations` are those the stored plan did not declare; `accepted` those it declared
/// as relaxations when it was made (its warnings name the rule).
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

extension PlanRule {
    /// Whether a plan whose warnings name `declared` announced this violation when it was made. A warning about
    /// courses (too few for a session or a topic) declares the fill and topic-share findings it explains.
    public func isDeclared(by declared: Set<PlanRule>) -> Bool {
        if declared.contains(self) { return true }
        return (self == .fill || self == .topicShare) && declared.contains(.courses)
    }
}
