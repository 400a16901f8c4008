import Foundation
import Planner
import Testing
import Yuanjiao

/// `computers:` and `children:` in the station file, the roster CSV beside it, and every bad input located.
@Suite struct ChildrenStationFileTests {
    static let head = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: shuangqiao
            name: 双桥村远教站点
            computers: 12

        """

    static func folder(_ yaml: String, roster: Data?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-children-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("children"), withIntermediateDirectories: true)
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("stations.yaml"))
        if let roster { try roster.write(to: folder.appendingPathComponent("children/shuangqiao.csv")) }
        return folder
    }

    static let designBlock = """
            children:
              roster: children/shuangqiao.csv
              phone: 0731-1234567
              activities:
                - {kind: children-class, title: 电脑基础, per_week: 1, minutes: 60, room: 电脑室, computers: true}
                - {kind: children-class, title: 《弟子规》, per_week: 1, minutes: 45}
                - {kind: children-film, per_week: 2, minutes: 100, vacations_only: true}
                - {kind: family-video, weekday: sunday, hours: "14:00-17:00"}
                - {kind: birthday, per_month: 1, minutes: 60}
                - {kind: visit, on: [儿童节, 中秋节], minutes: 90}
        """

    @Test func theDesignExampleReadsWithAGBKRosterAndWarnsAboutNamesakes() throws {
        // GBK, as Excel saves a CSV on a Chinese Windows.
        // "姓名,出生日期,年级\r\n王小明,2016-03-02,四年级\r\n李红,2017/11/5,三年级\r\n王小明,2015-07-09,五年级\r\n" in GBK.
        let hex = "d0d5c3fb2cb3f6c9fac8d5c6da2cc4eabcb60d0acdf5d0a1c3f72c323031362d30332d30322ccbc4c4eabcb60d0ac0eebaec2c323031372f31312f352cc8fdc4eabcb60d0acdf5d0a1c3f72c323031352d30372d30392ccee5c4eabcb60d0a"
        let bytes = stride(from: 0, to: hex.count, by: 2).map { offset -> UInt8 in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
        let roster = Data(bytes)
        let folder = try Self.folder(Self.head + Self.designBlock, roster: roster)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = StationFile.check(
            folder.appendingPathComponent("stations.yaml"), knownTopics: ["policy", "law", "ethics", "agritech", "children"],
            knownCalendars: ["CN-2026"])
        #expect(report.problems.isEmpty, "\(report.problems)")
        let programme = try #require(report.file?.stations.first?.children)
        #expect(programme.computers == 12 && programme.phone == "0731-1234567")
        #expect(programme.roster.map(\.name) == ["王小明", "李红", "王小明"])
        #expect(programme.activities.map(\.kind) == [.childrenClass, .childrenClass, .childrenFilm, .familyVideo, .birthday, .visit])
        #expect(programme.activities[3].perWeek == 1 && programme.activities[3].minutes == 180)
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.line == 4)
        #expect(report.warnings.first?.message.contains("重名") == true)
    }

    @Test func badRosterRowsNameTheCSVAndLineAndNothingIsKept() throws {
        let csv = "姓名,出生日期,年级\n王小明,2027-02-30,四年级\n,2016-01-01,一年级\n李红,2017-11-05,三年级\n李红,2017-11-05,三年级\n"
        let folder = try Self.folder(Self.head + Self.designBlock, roster: Data(csv.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = StationFile.check(
            folder.appendingPathComponent("stations.yaml"), knownTopics: ["children"], knownCalendars: ["CN-2026"])
        #expect(report.file == nil)
        let lines = report.problems.map { "\(URL(fileURLWithPath: $0.path).lastPathComponent):\($0.line): \($0.message)" }
        #expect(lines == [
            "shuangqiao.csv:2: 王小明 的出生日期“2027-02-30”不是真实的日期：应写成 YYYY-MM-DD，例如 2016-03-02",
            "shuangqiao.csv:3: 姓名是空的：每行写一个孩子，例如 王小明,2016-03-02,四年级",
            "shuangqiao.csv:5: 李红（2017-11-05）重复：第 4 行已经有这个孩子，请删去一行",
        ])
    }

    @Test func aMissingRosterNamesTheStationFileLine() throws {
        let folder = try Self.folder(Self.head + Self.designBlock, roster: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = StationFile.check(
            folder.appendingPathComponent("stations.yaml"), knownTopics: ["children"], knownCalendars: ["CN-2026"])
        #expect(report.problems.map(\.line) == [8])
        #expect(report.problems.first?.message.contains("找不到孩子名单文件") == true)
    }

    @Test func badActivitiesAreLocated() {
        let report = StationFileFixtures.check(text: """
            county: 示例县
            calendar: CN-2026
            stations:
              - id: shuangqiao
                children:
                  roster: children/shuangqiao.csv
                  activities:
                    - {kind: children-class, per_week: -1, minutes: 60}
                    - {kind: dancing, per_week: 1}
                    - {kind: children-class, title: 电脑课, per_week: 1, computers: true}
                    - {kind: family-video, weekday: funday}
                    - {kind: children-film, minutes: 100}
                    - {kind: visit, on: [圣诞节]}
                    - {kind: birthday, per_week: 2}
            """)
        #expect(StationFileFixtures.lines(report) == [
            "8:44: per_week 不能是负数（每周或每月几次），这里写的是 -1",
            "9:18: 不认识的活动种类 dancing：应为 children-class、children-film、family-video、birthday、visit 之一",
            "10:11: “电脑课”要用电脑（computers: true），但站点没有写 computers（电脑台数），例如 computers: 12",
            "11:41: weekday 的“funday”有误：\(Self.weekdayMessage("funday"))",
            "12:11: 活动“少儿影视”没有写次数：写 per_week（每周几次）或 per_month（每月几次），例如 per_week: 1",
            "13:29: 节日 圣诞节 不认识：应为 儿童节、六一儿童节、元旦、春节、清明节、劳动节、端午节、中秋节、国庆节 之一",
            "14:38: 生日会按月安排：写 per_month（每月几次，默认 1），不写 per_week",
        ])
    }

    static func weekdayMessage(_ text: String) -> String {
        do {
            _ = try Weekday(parsing: text)
            return ""
        } catch {
            return error.message
        }
    }

    @Test func theProvisional2027CalendarSaysSo() {
        let store = CalendarStore(directory: StationFileFixtures.repository.appendingPathComponent("Catalog/calendars"))
        #expect(store.provisionalNote("CN-2027")?.contains("尚未公布") == true)
        #expect(store.provisionalNote("CN-2026") == nil)
        #expect((try? store.calendar(ids: ["CN-2026", "CN-2027"]))?.holiday(on: LocalDateParsing.date("2027-02-06")) == "春节")
    }
}

enum LocalDateParsing {
    static func date(_ text: String) -> LocalDate {
        do { return try LocalDate(parsing: text) } catch { fatalError("\(error)") }
    }
}
