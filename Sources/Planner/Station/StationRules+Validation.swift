/// A rule value that parses but cannot work, found by `StationRules.problems(knownTopics:)`.
public struct RuleProblem: Sendable, Hashable, CustomStringConvertible {
    /// The station-file key, e.g. `school_hours`.
    public var key: String
    /// The position in that key's list, when the problem is one element.
    public var index: Int?
    /// What is wrong and what to write instead, in Chinese.
    public var message: String

    public init(key: String, index: Int? = nil, message: String) {
        self.key = key
        self.index = index
        self.message = message
    }

    public var description: String { index.map { "\(key)[\($0)]：\(message)" } ?? "\(key)：\(message)" }
}

extension StationRules {
    /// Topic weights are proportions; a weight this large only overflows the quota arithmetic.
    public static let maximumTopicWeight = 1000.0

    /// The most study minutes a week can hold: six days of the non-school-day open hours (the week's open day
    /// takes its whole day and does not count toward the week, `WeeklyMinutesRule`).
    public var weeklyMinutesBound: Int { 6 * openHours.otherDay.minutes }

    /// Every problem at once (not only the first), for `yuanjiao stations check`.
    /// - Parameter knownTopics: topic ids from `Catalog/topics.yaml`; nil skips that check.
    public func problems(knownTopics: Set<String>?) -> [RuleProblem] {
        var found: [RuleProblem] = []
        for (i, a) in schoolHours.enumerated() {
            for (j, b) in schoolHours.enumerated() where j > i && a.overlaps(b) {
                found.append(RuleProblem(key: "school_hours", index: j, message: "时段 \(b) 与 \(a) 重叠，请合并为一段"))
            }
        }
        for (i, a) in terms.enumerated() {
            for (j, b) in terms.enumerated() where j > i && a.overlaps(b) {
                found.append(RuleProblem(key: "terms", index: j, message: "学期 \(b) 与 \(a) 重叠"))
            }
        }
        // School hours covering every school-day evening is a boarding school: valid, planned on weekends and
        // holidays with a warning (`MonthPlanner`), so it is not a problem here.
        if studyDaysPerMonth < 0 || studyDaysPerMonth > 28 {
            found.append(RuleProblem(key: "study_days_per_month", message: "应为 0–28 之间的整数，通常为 2"))
        }
        if weeklyMinutes < 0 {
            found.append(RuleProblem(key: "weekly_minutes", message: "应为不小于 0 的分钟数，例如 120"))
        } else if weeklyMinutes > weeklyMinutesBound {
            found.append(
                RuleProblem(
                    key: "weekly_minutes",
                    message: "\(weeklyMinutes) 分钟超过一周最多能安排的 \(weeklyMinutesBound) 分钟（开放日以外的 6 天 × 非上学日开放时间 \(openHours.otherDay) 的 \(openHours.otherDay.minutes) 分钟），通常为 120"))
        }
        if sessionMinutes <= 0 {
            found.append(RuleProblem(key: "session_minutes", message: "应为正的分钟数，例如 120"))
        } else if sessionMinutes > openHours.otherDay.minutes {
            found.append(
                RuleProblem(
                    key: "session_minutes",
                    message: "\(sessionMinutes) 分钟比非上学日开放时间 \(openHours.otherDay)（\(openHours.otherDay.minutes) 分钟）还长"))
        }
        if topics.isEmpty {
            found.append(RuleProblem(key: "topics", message: "至少要有一个主题，例如 {policy: 1, law: 1}"))
        }
        var seenTopics: [String] = []
        for (i, weight) in topics.enumerated() {
            if seenTopics.contains(weight.topic) {
                found.append(RuleProblem(key: "topics", index: i, message: "主题 \(weight.topic) 重复"))
            }
            seenTopics.append(weight.topic)
            if let knownTopics, !knownTopics.contains(weight.topic) {
                let known = knownTopics.sorted().joined(separator: ", ")
                found.append(RuleProblem(key: "topics", index: i, message: "未知主题 \(weight.topic)，可用的主题：\(known)"))
            }
            if !(weight.weight > 0) || !weight.weight.isFinite || weight.weight >= Self.maximumTopicWeight {
                found.append(
                    RuleProblem(
                        key: "topics", index: i,
                        message: "主题 \(weight.topic) 的权重应为小于 \(Int(Self.maximumTopicWeight)) 的正数，例如 1（权重只表示比例）"))
            }
        }
        if noRepeatMonths < 0 {
            found.append(RuleProblem(key: "no_repeat_months", message: "应为不小于 0 的月数，例如 12"))
        }
        // A set, not a scan of the earlier dates: a long list must stay linear.
        var seenDates = Set<LocalDate>()
        for (i, date) in avoidDates.enumerated() where !seenDates.insert(date).inserted {
            found.append(RuleProblem(key: "avoid_dates", index: i, message: "日期 \(date) 重复"))
        }
        return found
    }
}
