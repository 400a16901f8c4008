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
        if DayInterval.subtracting(schoolHours, from: [openHours.schoolDay]).isEmpty {
            found.append(
                RuleProblem(
                    key: "open_hours", message: "上学日开放时间 \(openHours.schoolDay) 全部落在上课时间内，上学日将无法学习，例如改为 18:30-21:30"))
        }
        if studyDaysPerMonth < 0 || studyDaysPerMonth > 28 {
            found.append(RuleProblem(key: "study_days_per_month", message: "应为 0–28 之间的整数，通常为 2"))
        }
        if weeklyMinutes < 0 || weeklyMinutes > 7 * 24 * 60 {
            found.append(RuleProblem(key: "weekly_minutes", message: "应为不小于 0 的分钟数，例如 120"))
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
            if !(weight.weight > 0) || !weight.weight.isFinite {
                found.append(RuleProblem(key: "topics", index: i, message: "主题 \(weight.topic) 的权重应为正数，例如 1"))
            }
        }
        if noRepeatMonths < 0 {
            found.append(RuleProblem(key: "no_repeat_months", message: "应为不小于 0 的月数，例如 12"))
        }
        for (i, date) in avoidDates.enumerated() where avoidDates[..<i].contains(date) {
            found.append(RuleProblem(key: "avoid_dates", index: i, message: "日期 \(date) 重复"))
        }
        return found
    }
}
