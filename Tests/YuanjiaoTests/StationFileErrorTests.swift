import Foundation
import Testing
import Yuanjiao

@Suite("Station file: every problem, located, at once")
struct StationFileErrorTests {
    @Test("a file with five problems gives exactly those five, word for word, in file order")
    func fiveProblems() {
        let report = StationFileFixtures.check("five-problems.yaml")
        #expect(
            StationFileFixtures.lines(report) == [
                "5:3: 不认识的键 school_hour，是不是要写 school_hours？",
                "6:28: open_hours.school_day 的“18:30-17:00”有误：结束时刻必须晚于开始时刻（不能跨过午夜），例如 18:30-21:30",
                "10:21: weekly_minutes 应为整数，例如 weekly_minutes: 120，这里写的是“两小时”",
                "11:25: 未知主题 agritec，是不是要写 agritech？可用的主题：agritech、children、culture、ethics、health、law、policy",
                "12:9: 站点编号 shuangqiao 重复：第 8 行已经用过，请改用另一个编号",
            ])
        let path = StationFileFixtures.url("five-problems.yaml").path
        #expect(report.problems.first?.description == "\(path):5:3: 不认识的键 school_hour，是不是要写 school_hours？")
    }

    @Test("one of every value problem: 14 problems, each at its value")
    func everyKind() {
        let lines = StationFileFixtures.lines(StationFileFixtures.check("every-kind.yaml"))
        #expect(lines.count == 14)
        let expected = [
            "3:11: 未知时区 Asia/Shangai，是不是要写 Asia/Shanghai？请写 IANA 时区名，例如 timezone: Asia/Shanghai",
            "4:21: 未知日历 CN-2027，可用的日历：CN-2026（新的一年公布后按 Catalog/calendars/README.md 添加 CN-2027.yaml）",
            "6:33: school_hours：时段 11:30-12:30 与 08:00-11:50 重叠，请合并为一段",
            "7:37: terms：学期 2027-01-15..2027-07-02 与 2026-09-01..2027-01-22 重叠",
            "8:13: open_day 的“someday”有误：不认识的星期，请写 monday … sunday（或 星期一 … 星期日）",
            "9:11: script 的“繁简”有误：请写 simplified（简体）或 traditional（繁体）",
            "11:9: 站点编号 Shuang_Qiao 只能用小写字母、数字和 -，例如 id: shuangqiao",
            "12:11: mode 应为 2（村小学，模式二）或 3（乡镇中学，模式三），这里写的是 4",
            "13:20: school_hours 的“25:00”有误：小时必须在 00–23 之间（24 小时制），例如 19:00",
            "14:19: avoid_dates 的“2026-02-30”有误：2026年2月只有 28 天",
            "14:33: avoid_dates 的“2026-12-01..2026-11-30”有误：结束日期早于开始日期，请写成 开始..结束，例如 2026-09-01..2027-01-22",
            "15:5: 站点缺少 id（站点编号，小写字母、数字和 -），例如 id: shuangqiao",
            "16:22: session_minutes 应为整数，例如 session_minutes: 120，这里写的是“两个小时”",
            "17:45: 不认识的键 other_days，是不是要写 other_day？",
        ]
        #expect(lines == expected)
    }

    @Test("bad times: 25:00 and an end before its start")
    func badTimes() {
        let report = StationFileFixtures.check(text: """
            county: 县
            calendar: CN-2026
            stations:
              - id: a
                school_hours: ["08:00-11:50", "14:00-25:00"]
                open_hours: {school_day: "18:30-17:00"}
            """)
        #expect(
            StationFileFixtures.lines(report) == [
                "5:35: school_hours 的“25:00”有误：小时必须在 00–23 之间（24 小时制），例如 19:00",
                "6:30: open_hours.school_day 的“18:30-17:00”有误：结束时刻必须晚于开始时刻（不能跨过午夜），例如 18:30-21:30",
            ])
        #expect(report.problems.first?.description == "test.yaml:5:35: school_hours 的“25:00”有误：小时必须在 00–23 之间（24 小时制），例如 19:00")
    }

    @Test("duplicate station ids name both lines")
    func duplicateIDs() {
        let report = StationFileFixtures.check(text: """
            county: 县
            calendar: CN-2026
            stations:
              - id: a
              - id: b
              - id: a
            """)
        #expect(StationFileFixtures.lines(report) == ["6:9: 站点编号 a 重复：第 4 行已经用过，请改用另一个编号"])
    }

    @Test("a defaults value that breaks a rule is reported once, at defaults, naming the stations that use it")
    func inheritedProblem() {
        let report = StationFileFixtures.check(text: """
            county: 县
            calendar: CN-2026
            defaults:
              school_hours: ["08:00-11:50", "11:00-12:00"]
              open_hours: {school_day: "09:00-11:00"}
              name: x
            stations:
              - id: a
              - id: b
                school_hours: ["08:00-09:00"]
              - id: c
                open_hours: {school_day: "18:00-21:00"}
            """)
        #expect(
            StationFileFixtures.lines(report) == [
                "4:33: school_hours：时段 11:00-12:00 与 08:00-11:50 重叠，请合并为一段（用到这个值的站点：a、c）",
                "6:3: name 只能写在每个站点下，不能写在 defaults 中",
            ])
    }

    @Test("the planner's rule checks land on the station's own key")
    func ruleProblems() {
        let report = StationFileFixtures.check(text: """
            county: 县
            calendar: CN-2026
            stations:
              - id: a
                avoid_dates: ["2026-12-12", "2026-12-10..2026-12-13"]
                weekly_minutes: -5
                topics: {}
            """)
        #expect(
            StationFileFixtures.lines(report) == [
                "5:33: avoid_dates：日期 2026-12-12 重复",
                "6:21: weekly_minutes：应为不小于 0 的分钟数，例如 120",
                "7:13: topics：至少要有一个主题，例如 {policy: 1, law: 1}",
            ])
    }

    @Test("wrong kinds of value and missing top-level keys")
    func wrongTypes() {
        let report = StationFileFixtures.check(text: """
            calendar:
            stations: {}
            timezone: [a]
            defaults:
              topics: {law: 一}
              open_hours: "18:00-21:00"
            """)
        #expect(
            StationFileFixtures.lines(report) == [
                "1:1: 缺少 county（县名），例如 county: 示例县",
                "1:10: calendar 没有写值，例如 calendar: CN-2026",
                "2:11: stations 应为站点列表，每个站点以“- id: 编号”开始，这里写的是一组“键: 值”",
                "3:11: timezone 应为文字，例如 timezone: Asia/Shanghai，这里写的是一个列表",
                "5:17: 主题 law 的权重应为数，例如 topics: {law: 1}，这里写的是“一”",
                #"6:15: open_hours 应为一组“键: 值”，例如 open_hours: {school_day: "18:30-21:30", other_day: "08:30-21:30"}，这里写的是“18:00-21:00”"#,
            ])
    }

    @Test("unknown keys: a suggestion when one is close, else the keys allowed there")
    func unknownKeys() {
        let report = StationFileFixtures.check(text: """
            county: 县
            calendar: CN-2026
            stations:
              - id: a
                Weekly-Minutes: 60
                colour: red
            """)
        #expect(
            StationFileFixtures.lines(report) == [
                "5:5: 不认识的键 Weekly-Minutes，是不是要写 weekly_minutes？",
                "6:5: 不认识的键 colour，站点中可用的键：id、name、school、mode、room、members、computers、children、school_hours、terms、open_hours、study_days_per_month、weekly_minutes、session_minutes、open_day、topics、no_repeat_months、script、avoid_dates、audiences、targets、materials_per_study_day",
            ])
    }

    @Test("YAML syntax errors are located and explained in Chinese")
    func syntaxErrors() {
        #expect(
            StationFileFixtures.lines(StationFileFixtures.check("syntax-error.yaml")) == [
                #"6:5: YAML 格式有误：方括号列表没有闭合：请检查 [ ] 和逗号，例如 ["08:00-11:50", "14:00-17:00"]（did not find expected ',' or ']'，从第 5 行第 19 列开始）"#
            ])
        let tab = StationFileFixtures.check(text: "county: 县\ncalendar: CN-2026\nstations:\n  - id: a\n\tname: 甲\n")
        #expect(StationFileFixtures.lines(tab) == ["5:1: YAML 格式有误：不能用 Tab 缩进，请改用空格（found a tab character that violates indentation，从第 4 行第 9 列开始）"])
        let colon = StationFileFixtures.check(text: "county: 县\ncalendar: CN-2026\nstations:\n  - id: a\n    name: x: y\n")
        #expect(colon.problems.map { "\($0.line):\($0.column)" } == ["5:12"])
        #expect(colon.problems.first?.message.hasPrefix("YAML 格式有误：这里不能再出现“键: 值”：值里有冒号时请给整个值加引号") == true)
    }

    @Test("a key written twice in one mapping is reported at the second, naming the first line")
    func repeatedKey() {
        let block = StationFileFixtures.check(text: "county: 县\ncalendar: CN-2026\nstations:\n  - id: a\n    name: 甲\n    name: 乙\n")
        #expect(StationFileFixtures.lines(block) == ["6:5: 键 name 在同一层写了两次（第 5 行已经写过），请删去一个"])
        let flow = StationFileFixtures.check(text: "county: 县\ncalendar: CN-2026\ndefaults: {topics: {policy: 1, policy: 2}}\n")
        #expect(StationFileFixtures.lines(flow) == ["3:32: 键 policy 在同一层写了两次（第 3 行已经写过），请删去一个"])
    }

    @Test("an empty file, a missing file, a folder, a file that is not UTF-8")
    func unreadable() throws {
        #expect(
            StationFileFixtures.lines(StationFileFixtures.check("empty.yaml"))
                == ["1:1: 文件是空的：至少要写 county、calendar 和 stations，参见 Samples/stations.yaml"])
        let missing = StationFileFixtures.check("no-such-file.yaml")
        #expect(missing.problems.count == 1 && missing.problems[0].line == 0)
        #expect(
            missing.problems[0].description
                == "\(StationFileFixtures.url("no-such-file.yaml").path): 找不到站点文件，请检查路径（示例：Samples/stations.yaml）")
        let folder = StationFile.check(StationFileFixtures.folder, knownTopics: [], knownCalendars: [])
        #expect(folder.problems.map(\.message) == ["这是一个文件夹，请给出站点文件（.yaml）的路径"])
        let gbk = FileManager.default.temporaryDirectory.appendingPathComponent("stations-gbk-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: gbk) }
        try Data([0x63, 0x6F, 0x75, 0x6E, 0x74, 0x79, 0x3A, 0x20, 0xCA, 0xBE, 0xC0, 0xFD, 0x0A]).write(to: gbk)  // county: 示例 in GBK
        let notUTF8 = StationFile.check(gbk, knownTopics: [], knownCalendars: [])
        #expect(notUTF8.problems.map(\.message) == ["站点文件不是 UTF-8 编码，请用文本编辑器另存为 UTF-8"])
    }

    @Test("the report encodes as the stations check --json shape")
    func jsonShape() throws {
        let report = StationFileFixtures.check(text: "county: 县\ncalendar: CN-2026\nstations:\n  - id: a\n  - id: a\n")
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["file"] as? String == "test.yaml")
        #expect(object["stations"] as? [String] == ["a", "a"])
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.count == 1)
        #expect(problems.first?["line"] as? Int == 5 && problems.first?["column"] as? Int == 9)
        #expect(problems.first?["message"] as? String == "站点编号 a 重复：第 4 行已经用过，请改用另一个编号")
    }
}
