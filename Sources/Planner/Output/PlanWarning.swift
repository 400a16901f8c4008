/// A rule the planner relaxed, as data — the rule, the station, the week (its Monday) or the date — and in
/// Chinese, naming the station, the week and the rule:
/// `双桥村远教站点（shuangqiao）第2周 12月7日–12月13日：每周学习时长（weekly-minutes）——…`.
///
/// In `plan --json` a warning is its `text` in `warnings`, and its data in `warningData` beside it
/// (`{"rule","station","week","date","detail","text"}`); plans stored before the data existed decode from the
/// text alone.
public struct PlanWarning: Sendable, Hashable, CustomStringConvertible {
    public var rule: PlanRule
    /// Week number within the month (1 = the week holding the 1st), nil for the whole month.
    public var week: Int?
    public var text: String
    /// The station's id ("" when decoded from text alone).
    public var station: String
    /// The Monday of the Monday–Sunday week concerned, nil for the whole month.
    public var weekStart: LocalDate?
    /// The day concerned, when one day is.
    public var date: LocalDate?
    /// What was relaxed and why, without the station and week heading.
    public var detail: String

    public init(
        rule: PlanRule, week: Int?, text: String, station: String = "", weekStart: LocalDate? = nil,
        date: LocalDate? = nil, detail: String? = nil
    ) {
        self.rule = rule
        self.week = week
        self.text = text
        self.station = station
        self.weekStart = weekStart
        self.date = date
        self.detail = detail ?? text
    }

    public var description: String { text }
}

extension PlanWarning: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(storedText: try decoder.singleValueContainer().decode(String.self))
    }

    /// A warning of a plan stored before warnings were data: its rule found in its text.
    init(storedText text: String) {
        let rule = PlanRule.allCases.first { text.contains("（\($0.rawValue)）") } ?? .other
        self.init(rule: rule, week: nil, text: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// One element of `warningData` in `plan --json`.
struct PlanWarningData: Codable {
    var rule: PlanRule
    var station: String
    var week: LocalDate?
    var date: LocalDate?
    var detail: String
    var text: String

    init(_ warning: PlanWarning) {
        rule = warning.rule
        station = warning.station
        week = warning.weekStart
        date = warning.date
        detail = warning.detail
        text = warning.text
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(station, forKey: .station)
        // Keys always present (null when not applicable), so scripts can rely on the shape.
        try c.encode(week, forKey: .week)
        try c.encode(date, forKey: .date)
        try c.encode(detail, forKey: .detail)
        try c.encode(text, forKey: .text)
    }

    var warning: PlanWarning {
        PlanWarning(rule: rule, week: nil, text: text, station: station, weekStart: week, date: date, detail: detail)
    }
}
