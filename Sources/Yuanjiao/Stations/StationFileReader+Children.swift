import Planner
import Yams

/// `computers:` and `children:` of a station (DESIGN.md "快乐园"). The roster file itself is read beside the
/// station file (`ChildrenRoster`); here only its path is taken.
extension StationFileReader {
    /// `children:` as written.
    struct ChildrenEntry {
        var at: SourceLocation
        var roster: Located<String>?
        var activities: [Located<ChildrenActivity>] = []
        var phone: String?
    }

    static let childrenKeys = ["roster", "activities", "phone"]
    static let activityKeys = [
        "kind", "title", "per_week", "per_month", "minutes", "room", "computers", "vacations_only", "weekday", "hours", "on",
    ]
    /// Festivals a visit may be on: 儿童节 (1 June) and the calendars' public holidays.
    static let festivals = ["儿童节", "六一儿童节", "元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]

    mutating func readChildren(_ node: Node) -> ChildrenEntry? {
        guard let mapping = node.mapping else {
            report(expectation("children", "一组“键: 值”", example: "{roster: children/shuangqiao.csv, activities: [...]}", written: node), at: node.location)
            return nil
        }
        var entry = ChildrenEntry(at: node.location)
        for (keyNode, value) in mapping {
            switch keyNode.text ?? "" {
            case "roster":
                if let path = readText(value, key: "roster", example: "children/shuangqiao.csv") {
                    entry.roster = Located(value: path, at: value.location)
                }
            case "phone": entry.phone = readText(value, key: "phone", example: "0731-1234567")
            case "activities":
                guard case .sequence(let items) = value else {
                    report(expectation("activities", "活动列表", example: "[{kind: birthday, per_month: 1, minutes: 60}]", written: value), at: value.location)
                    continue
                }
                entry.activities = items.compactMap { readActivity($0) }
            case let key:
                report(StationFileKeys.unknownKeyMessage(key, allowed: Self.childrenKeys, place: "children 中"), at: keyNode.location)
            }
        }
        if entry.roster == nil { report("children 缺少 roster（孩子名单 CSV，相对站点文件的路径），例如 roster: children/shuangqiao.csv", at: entry.at) }
        return entry
    }

    private mutating func readActivity(_ node: Node) -> Located<ChildrenActivity>? {
        guard let mapping = node.mapping else {
            report("每项活动应为一组“键: 值”，例如 {kind: birthday, per_month: 1, minutes: 60}，这里写的是\(node.writtenDescription)", at: node.location)
            return nil
        }
        var kind: ChildrenSessionKind?
        var title: String?
        var perWeek: Located<Int>?
        var perMonth: Located<Int>?
        var minutes: Located<Int>?
        var room: String?
        var computers = false
        var vacationsOnly = false
        var weekday: Weekday?
        var hours: DayInterval?
        var festivals: [String] = []
        var ok = true
        for (keyNode, value) in mapping {
            let key = keyNode.text ?? ""
            switch key {
            case "kind":
                guard let text = readText(value, key: key, example: "children-class") else { ok = false; continue }
                kind = ChildrenSessionKind(rawValue: text)
                if kind == nil {
                    ok = false
                    report("不认识的活动种类 \(text)：应为 \(ChildrenSessionKind.allCases.map(\.rawValue).joined(separator: "、")) 之一", at: value.location)
                }
            case "title": title = readText(value, key: key, example: "电脑基础")
            case "per_week": perWeek = readCount(value, key: key)
            case "per_month": perMonth = readCount(value, key: key)
            case "minutes":
                minutes = readInt(value, key: key, example: "60")
                if let given = minutes, !(1...720).contains(given.value) {
                    report("minutes 应在 1 到 720 之间（一次活动的分钟数），这里写的是 \(given.value)", at: given.at)
                    ok = false
                }
            case "room": room = readText(value, key: key, example: "电脑室")
            case "computers": computers = readBool(value, key: key) ?? false
            case "vacations_only": vacationsOnly = readBool(value, key: key) ?? false
            case "weekday":
                weekday = readValue(value, key: key, example: "sunday") { (text) throws(PlannerValueError) in try Weekday(parsing: text) }?.value
                if weekday == nil { ok = false }
            case "hours":
                hours = readValue(value, key: key, example: "14:00-17:00") { (text) throws(PlannerValueError) in try DayInterval(parsing: text) }?.value
                if hours == nil { ok = false }
            case "on":
                festivals = readList(value, key: key, example: "[儿童节, 中秋节]") { (text) throws(PlannerValueError) in [text] }?.value ?? []
                for festival in festivals where !Self.festivals.contains(festival) {
                    report("节日 \(festival) 不认识：应为 \(Self.festivals.joined(separator: "、")) 之一", at: value.location)
                    ok = false
                }
            default:
                report(StationFileKeys.unknownKeyMessage(key, allowed: Self.activityKeys, place: "活动中"), at: keyNode.location)
                ok = false
            }
        }
        guard let kind else {
            if ok { report("活动缺少 kind（种类），应为 \(ChildrenSessionKind.allCases.map(\.rawValue).joined(separator: "、")) 之一", at: node.location) }
            return nil
        }
        if [perWeek, perMonth].contains(where: { ($0?.value ?? 0) < 0 }) { return nil }
        var weekly = perWeek?.value ?? (weekday != nil ? 1 : 0)
        var monthly = perMonth?.value ?? 0
        switch kind {
        case .birthday:
            if let perWeek, perWeek.value > 0 {
                report("生日会按月安排：写 per_month（每月几次，默认 1），不写 per_week", at: perWeek.at)
                ok = false
            }
            weekly = 0
            monthly = max(1, monthly)
        case .visit:
            if festivals.isEmpty {
                report("慰问活动要写 on（哪些节日），例如 on: [儿童节, 中秋节]", at: node.location)
                ok = false
            }
        default:
            if ok && weekly == 0 && monthly == 0 {
                report("活动“\(title ?? kind.defaultTitle)”没有写次数：写 per_week（每周几次）或 per_month（每月几次），例如 per_week: 1", at: node.location)
                ok = false
            }
        }
        if let hours, let minutes, minutes.value != hours.minutes {
            report("minutes: \(minutes.value) 与 hours: \(hours) 的 \(hours.minutes) 分钟不一致：写了 hours 就不必写 minutes", at: minutes.at)
            ok = false
        }
        guard ok else { return nil }
        let activity = ChildrenActivity(
            kind: kind, title: title, perWeek: weekly, perMonth: monthly, minutes: minutes?.value ?? 60, room: room,
            needsComputers: computers, vacationsOnly: vacationsOnly, weekday: weekday, hours: hours, festivals: festivals)
        return Located(value: activity, at: node.location)
    }

    /// A count of sessions: a whole number, zero or more.
    private mutating func readCount(_ node: Node, key: String) -> Located<Int>? {
        guard let count = readInt(node, key: key, example: "1") else { return nil }
        if count.value < 0 {
            report("\(key) 不能是负数（每周或每月几次），这里写的是 \(count.value)", at: count.at)
        } else if count.value > 31 {
            report("\(key) 最多 31（每周或每月几次），这里写的是 \(count.value)", at: count.at)
            return Located(value: -1, at: count.at)
        }
        return count
    }

    mutating func readBool(_ node: Node, key: String) -> Bool? {
        switch node.text?.lowercased() {
        case "true", "yes", "是": return true
        case "false", "no", "否": return false
        default:
            report(expectation(key, "true 或 false", example: "true", written: node), at: node.location)
            return nil
        }
    }
}
