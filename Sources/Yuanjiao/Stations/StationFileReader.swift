import Foundation
import Notices
import Planner
import Yams

/// Walks a composed station file, keeping what it can read and a `Finding` for everything else,
/// so one run reports every problem.
struct StationFileReader {
    let knownTopics: Set<String>
    let knownCalendars: Set<String>
    var findings: [Finding] = []

    /// The file as written, before inheritance.
    struct Document {
        var county: String?
        var timeZone = "Asia/Shanghai"
        var calendarIDs: [String] = []
        var defaults = RuleOverrides()
        var defaultTargets: [MonitoringRatio: Double] = [:]
        /// `topics: survey` in defaults: stations without their own `topics:` plan with 需求调查 weights.
        var defaultTopicsFromSurvey = false
        var stations: [Entry] = []
    }

    /// One item of `stations:`.
    struct Entry {
        var at: SourceLocation
        var id: Located<String>?
        var name = ""
        var school = ""
        var mode = 2
        var room = ""
        var rules = RuleOverrides()
        var members: [Member] = []
        var targets: [MonitoringRatio: Double] = [:]
        var topicsFromSurvey = false
        var computers: Located<Int>?
        var children: ChildrenEntry?
    }

    init(knownTopics: Set<String>, knownCalendars: Set<String>) {
        self.knownTopics = knownTopics
        self.knownCalendars = knownCalendars
    }

    mutating func read(_ root: Node) -> Document {
        var document = Document()
        guard let mapping = root.mapping else {
            report("站点文件的最外层应为一组“键: 值”（county:、calendar:、defaults:、stations:），参见 Samples/stations.yaml", at: root.location)
            return document
        }
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            let key = keyNode.text ?? ""
            seen.insert(key)
            switch key {
            case "county": document.county = readText(value, key: key, example: "示例县")
            case "timezone": document.timeZone = readTimeZone(value) ?? document.timeZone
            case "calendar": document.calendarIDs = readCalendars(value)
            case "defaults": (document.defaults, document.defaultTargets, document.defaultTopicsFromSurvey) = readDefaults(value)
            case "stations": document.stations = readStations(value)
            default:
                report(StationFileKeys.unknownKeyMessage(key, allowed: StationFileKeys.topLevel, place: "最外层"), at: keyNode.location)
            }
        }
        if !seen.contains("county") { report("缺少 county（县名），例如 county: 示例县", at: root.location) }
        if !seen.contains("calendar") {
            report("缺少 calendar（节假日日历），例如 calendar: \(knownCalendars.sorted().last ?? "CN-2026")", at: root.location)
        }
        if !seen.contains("stations") { report("缺少 stations（站点列表），参见 Samples/stations.yaml", at: root.location) }
        return document
    }

    private mutating func readTimeZone(_ node: Node) -> String? {
        guard let identifier = readText(node, key: "timezone", example: "Asia/Shanghai") else { return nil }
        guard TimeZone(identifier: identifier) != nil else {
            let guess = KeySuggestion.closest(to: identifier, in: TimeZone.knownTimeZoneIdentifiers).map { "是不是要写 \($0)？" }
            report("未知时区 \(identifier)，\(guess ?? "")请写 IANA 时区名，例如 timezone: Asia/Shanghai", at: node.location)
            return nil
        }
        return identifier
    }

    /// `calendar: CN-2026` or `calendar: [CN-2026, CN-2027]`.
    private mutating func readCalendars(_ node: Node) -> [String] {
        let example = knownCalendars.sorted().last ?? "CN-2026"
        guard let ids = readList(node, key: "calendar", example: example, parse: { (text) throws(PlannerValueError) in [text] }) else {
            return []
        }
        if ids.value.isEmpty { report("calendar 不能为空，例如 calendar: \(example)", at: node.location) }
        for (index, id) in ids.value.enumerated() where ids.value[..<index].contains(id) {
            report("日历 \(id) 重复列出，只写一次", at: ids.location(ofElement: index))
        }
        for (index, id) in ids.value.enumerated() where !knownCalendars.contains(id) {
            let known = knownCalendars.isEmpty ? "Catalog/calendars/ 中还没有日历" : "可用的日历：\(knownCalendars.sorted().joined(separator: "、"))"
            // No “did you mean” here: CN-2027 is one edit from CN-2026 but a different year.
            report(
                "未知日历 \(id)，\(known)（新的一年公布后按 Catalog/calendars/README.md 添加 \(id).yaml）",
                at: ids.location(ofElement: index))
        }
        return ids.value
    }

    /// `topics: survey` (or 需求调查): weights from the station's 需求调查 answers (DESIGN.md "County monitoring").
    static func isSurvey(_ node: Node) -> Bool {
        guard node.mapping == nil, let text = node.text?.trimmingCharacters(in: .whitespaces) else { return false }
        return text == "survey" || text == "需求调查"
    }

    private mutating func readDefaults(_ node: Node) -> (RuleOverrides, [MonitoringRatio: Double], Bool) {
        var rules = RuleOverrides()
        var targets: [MonitoringRatio: Double] = [:]
        var topicsFromSurvey = false
        guard let mapping = node.mapping else {
            if !node.isNull {
                report(expectation("defaults", "一组“键: 值”", example: "{weekly_minutes: 120}", written: node), at: node.location)
            }
            return (rules, targets, false)
        }
        for (keyNode, value) in mapping {
            let key = keyNode.text ?? ""
            if key == "targets" {
                targets = readTargets(value)
                continue
            }
            if key == "topics", Self.isSurvey(value) {
                topicsFromSurvey = true
                continue
            }
            guard !readRule(key, value, into: &rules) else { continue }
            if StationFileKeys.stationOnly.contains(key) {
                report("\(key) 只能写在每个站点下，不能写在 defaults 中", at: keyNode.location)
            } else {
                report(StationFileKeys.unknownKeyMessage(key, allowed: StationFileKeys.rules, place: "defaults 中"), at: keyNode.location)
            }
        }
        return (rules, targets, topicsFromSurvey)
    }

    private mutating func readStations(_ node: Node) -> [Entry] {
        guard case .sequence(let sequence) = node else {
            report("stations 应为站点列表，每个站点以“- id: 编号”开始，这里写的是\(node.isNull ? "空值" : node.writtenDescription)", at: node.location)
            return []
        }
        if sequence.isEmpty { report("stations 中没有站点，至少写一个，例如 - id: shuangqiao", at: node.location) }
        var entries: [Entry] = []
        var firstLine: [String: Int] = [:]
        for item in sequence {
            guard let entry = readStation(item) else { continue }
            if let id = entry.id {
                if let line = firstLine[id.value] {
                    report("站点编号 \(id.value) 重复：第 \(line) 行已经用过，请改用另一个编号", at: id.at)
                } else {
                    firstLine[id.value] = id.at.line
                }
            }
            entries.append(entry)
        }
        return entries
    }

    private mutating func readStation(_ node: Node) -> Entry? {
        guard let mapping = node.mapping else {
            report("每个站点应为一组“键: 值”，以“- id: 编号”开始，这里写的是\(node.writtenDescription)", at: node.location)
            return nil
        }
        var entry = Entry(at: node.location)
        var hasID = false
        for (keyNode, value) in mapping {
            let key = keyNode.text ?? ""
            switch key {
            case "id":
                hasID = true
                entry.id = readStationID(value)
            case "name": entry.name = readText(value, key: key, example: "双桥村远教站点") ?? ""
            case "school": entry.school = readText(value, key: key, example: "双桥村小学") ?? ""
            case "room": entry.room = readText(value, key: key, example: "多媒体教室") ?? ""
            case "members": entry.members = readMembers(value)
            case "targets": entry.targets = readTargets(value)
            case "topics" where Self.isSurvey(value): entry.topicsFromSurvey = true
            case "computers":
                entry.computers = readInt(value, key: key, example: "12")
                if let computers = entry.computers, computers.value < 0 {
                    report("computers（电脑台数）不能是负数，这里写的是 \(computers.value)", at: computers.at)
                }
            case "children": entry.children = readChildren(value)
            case "mode":
                guard let mode = readInt(value, key: key, example: "2") else { continue }
                if mode.value == 2 || mode.value == 3 {
                    entry.mode = mode.value
                } else {
                    report("mode 应为 2（村小学，模式二）或 3（乡镇中学，模式三），这里写的是 \(mode.value)", at: mode.at)
                }
            default:
                guard !readRule(key, value, into: &entry.rules) else { continue }
                report(StationFileKeys.unknownKeyMessage(key, allowed: StationFileKeys.station, place: "站点中"), at: keyNode.location)
            }
        }
        if !hasID { report("站点缺少 id（站点编号，小写字母、数字和 -），例如 id: shuangqiao", at: entry.at) }
        return entry
    }

    private mutating func readStationID(_ node: Node) -> Located<String>? {
        guard let id = readText(node, key: "id", example: "shuangqiao") else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed else {
            report("站点编号 \(id) 只能用小写字母、数字和 -，例如 id: shuangqiao", at: node.location)
            return nil
        }
        if let problem = StationIDRule.problem(id) {
            report("站点编号 \(id) 不能用作下发包的文件夹名：\(problem)，例如 id: shuangqiao", at: node.location)
            return nil
        }
        return Located(value: id, at: node.location)
    }
}
