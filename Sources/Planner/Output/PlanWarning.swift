/// A rule the planner relaxed, in Chinese, naming the station, the week and the rule:
/// `双桥村远教站点（shuangqiao）第2周 12月7日–12月13日：每周学习时长（weekly-minutes）——…`.
///
/// In `plan --json` a warning is its `text`; decoding keeps the text and recovers the rule id from it.
public struct PlanWarning: Sendable, Hashable, CustomStringConvertible {
    public var rule: PlanRule
    /// Week number within the month (1 = the week holding the 1st), nil for the whole month.
    public var week: Int?
    public var text: String

    public init(rule: PlanRule, week: Int?, text: String) {
        self.rule = rule
        self.week = week
        self.text = text
    }

    public var description: String { text }
}

extension PlanWarning: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let rule = PlanRule.allCases.first { text.contains("（\($0.rawValue)）") } ?? .other
        self.init(rule: rule, week: nil, text: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
