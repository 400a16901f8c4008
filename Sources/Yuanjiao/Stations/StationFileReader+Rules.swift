import Foundation
import Planner
import Yams

/// The rule keys shared by `defaults` and every station.
extension StationFileReader {
    /// The longest `avoid_dates` range accepted: one calendar year (a leap year).
    static let longestAvoidRange = 366

    /// Reads `key: value` into `rules` when `key` is a rule key; false when it is not one.
    mutating func readRule(_ key: String, _ value: Node, into rules: inout RuleOverrides) -> Bool {
        switch key {
        case "school_hours":
            rules.schoolHours = readList(value, key: key, example: #"["08:00-11:50", "14:00-17:00"]"#) {
                (text) throws(PlannerValueError) in [try DayInterval(parsing: text)]
            }
        case "terms":
            rules.terms = readList(value, key: key, example: #"["2026-09-01..2027-01-22"]"#) {
                (text) throws(PlannerValueError) in [try DateRange(parsing: text)]
            }
        case "open_hours":
            readOpenHours(value, into: &rules)
        case "study_days_per_month":
            rules.studyDaysPerMonth = readInt(value, key: key, example: "2")
        case "weekly_minutes":
            rules.weeklyMinutes = readInt(value, key: key, example: "120")
        case "session_minutes":
            rules.sessionMinutes = readInt(value, key: key, example: "120")
        case "no_repeat_months":
            rules.noRepeatMonths = readInt(value, key: key, example: "12")
        case "open_day":
            rules.openDay = readValue(value, key: key, example: "saturday") { (text) throws(PlannerValueError) in
                try Weekday(parsing: text)
            }
        case "topics":
            rules.topics = readTopics(value)
        case "script":
            rules.script = readValue(value, key: key, example: "simplified") { (text) throws(PlannerValueError) in
                try Self.script(parsing: text)
            }
        case "avoid_dates":
            // A range stands for every day in it, so the planner and its checks see plain dates.
            rules.avoidDates = readList(value, key: key, example: #"["2026-12-12", "2027-01-25..2027-01-27"]"#) {
                (text) throws(PlannerValueError) in
                // A single date parsed as such, so `2026-02-30` gets the date's own message.
                guard text.contains("..") else { return [try LocalDate(parsing: text)] }
                let range = try DateRange(parsing: text)
                // Checked before the days are listed: a range to 9999 would otherwise take minutes and memory.
                guard range.dayCount <= Self.longestAvoidRange else {
                    throw PlannerValueError(
                        input: text,
                        message: "范围共 \(range.dayCount) 天，比节假日日历（每年一份）还长；回避日期请写具体的日子或不超过 \(Self.longestAvoidRange) 天的范围")
                }
                return range.dates
            }
        case "materials_per_study_day":
            if let count = readInt(value, key: key, example: "2") {
                if count.value < 0 {
                    report(expectation(key, "不小于 0 的整数", example: "2", written: value), at: value.location)
                } else {
                    rules.materialsPerStudyDay = count
                }
            }
        case "audiences":
            rules.audiences = readList(value, key: key, example: #"[党员, 留守儿童]"#) {
                (text) throws(PlannerValueError) in [text]
            }
        default:
            return false
        }
        return true
    }

    /// `open_hours: {school_day: "18:30-21:30", other_day: "08:30-21:30"}`; either half may be left to inherit.
    private mutating func readOpenHours(_ node: Node, into rules: inout RuleOverrides) {
        let example = #"{school_day: "18:30-21:30", other_day: "08:30-21:30"}"#
        guard let mapping = node.mapping else {
            report(expectation("open_hours", "一组“键: 值”", example: example, written: node), at: node.location)
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.text ?? ""
            let parse = { (text: String) throws(PlannerValueError) in try DayInterval(parsing: text) }
            switch key {
            case "school_day":
                rules.schoolDayHours = readValue(value, key: "open_hours.school_day", example: #""18:30-21:30""#, parse: parse)
            case "other_day":
                rules.otherDayHours = readValue(value, key: "open_hours.other_day", example: #""08:30-21:30""#, parse: parse)
            default:
                report(
                    StationFileKeys.unknownKeyMessage(key, allowed: StationFileKeys.openHours, place: "open_hours 中"),
                    at: keyNode.location)
            }
        }
    }

    /// `topics: {policy: 1, agritech: 2}`, in the order written; unknown ids are reported here, with a
    /// suggestion, rather than by `StationRules.problems`, which knows no spelling.
    private mutating func readTopics(_ node: Node) -> Located<[TopicWeight]>? {
        guard let mapping = node.mapping else {
            report(
                expectation("topics", "一组“主题: 权重”", example: "{policy: 1, law: 1, agritech: 2}", written: node),
                at: node.location)
            return nil
        }
        var weights: [TopicWeight] = []
        var locations: [SourceLocation] = []
        var failed = false
        for (keyNode, value) in mapping {
            guard let topic = keyNode.text, !keyNode.isNull else {
                report("topics 的键应为主题编号，例如 policy", at: keyNode.location)
                failed = true
                continue
            }
            if !knownTopics.contains(topic) { report(unknownTopicMessage(topic), at: keyNode.location) }
            guard let weight = readWeight(value, topic: topic) else {
                failed = true
                continue
            }
            weights.append(TopicWeight(topic: topic, weight: weight))
            locations.append(keyNode.location)
        }
        return failed ? nil : Located(value: weights, at: node.location, elements: locations)
    }

    private mutating func readWeight(_ node: Node, topic: String) -> Double? {
        guard let text = node.text, !node.isNull, let weight = Double(text.trimmingCharacters(in: .whitespaces)),
            weight.isFinite
        else {
            let written = node.isNull ? "空值" : node.writtenDescription
            report("主题 \(topic) 的权重应为数，例如 topics: {\(topic): 1}，这里写的是\(written)", at: node.location)
            return nil
        }
        return weight
    }

    private func unknownTopicMessage(_ topic: String) -> String {
        let known = knownTopics.sorted().joined(separator: "、")
        if let suggestion = KeySuggestion.closest(to: topic, in: knownTopics.sorted()) {
            return "未知主题 \(topic)，是不是要写 \(suggestion)？可用的主题：\(known)"
        }
        return "未知主题 \(topic)，可用的主题（Catalog/topics.yaml）：\(known)"
    }

    static func script(parsing text: String) throws(PlannerValueError) -> NoticeScript {
        switch text.lowercased() {
        case "simplified", "简体", "简": return .simplified
        case "traditional", "繁体", "繁體", "繁": return .traditional
        default:
            throw PlannerValueError(input: text, message: "请写 simplified（简体）或 traditional（繁体）")
        }
    }
}
