import Foundation
import Notices
import Testing
import Yuanjiao

/// Station members for the sign-in sheets: `members:` in the station file or `members.csv` beside it.
@Suite struct StationMembersTests {
    static let head = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: shuangqiao
            name: 双桥村远教站点

        """

    @Test func membersInTheStationFile() throws {
        let report = StationFileFixtures.check(text: Self.head + """
                members:
                  - 张三 党员 一组
                  - {name: 李四, role: 干部, group: 二组}
                  - 王五
            """)
        #expect(report.problems.isEmpty, "\(StationFileFixtures.lines(report))")
        #expect(report.file?.members["shuangqiao"] == [
            Member(name: "张三", role: "党员", group: "一组"), Member(name: "李四", role: "干部", group: "二组"), Member(name: "王五"),
        ])
    }

    @Test func badMembersAreLocated() {
        let report = StationFileFixtures.check(text: Self.head + """
                members:
                  - 张三 村长 一组
                  - {role: 党员}
                  - 甲 乙 丙 丁
            """)
        #expect(StationFileFixtures.lines(report) == [
            "7:9: 身份“村长”不认识：应为 党员、干部、群众 之一，或不写",
            "8:9: 成员缺少 name（姓名），例如 {name: 张三, role: 党员, group: 一组}",
            "9:9: 成员“甲 乙 丙 丁”写成了 4 段：应为“姓名 身份 小组”，例如 张三 党员 一组",
        ])
    }

    @Test func membersCSVBesideTheFileInGBKOrUTF8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-members-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stations = folder.appendingPathComponent("stations.yaml")
        try Data(Self.head.utf8).write(to: stations)
        // "姓名,身份,小组\r\n张三,党员,一组\r\n" as Excel saves it on a Chinese Windows (GBK).
        let gbk: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xC9, 0xED, 0xB7, 0xDD, 0x2C, 0xD0, 0xA1, 0xD7, 0xE9, 0x0D, 0x0A,
                            0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0xB5, 0xB3, 0xD4, 0xB1, 0x2C, 0xD2, 0xBB, 0xD7, 0xE9, 0x0D, 0x0A]
        let csv = folder.appendingPathComponent("members.csv")
        try Data(gbk).write(to: csv)
        let file = try StationFile.load(stations, knownTopics: StationFileFixtures.topics, knownCalendars: StationFileFixtures.calendars)
        #expect(file.members["shuangqiao"] == [Member(name: "张三", role: "党员", group: "一组")])

        try Data("station,name,role\nshuangqiao,李四,队长\nnowhere,王五,群众\n".utf8).write(to: csv)
        let report = StationFile.check(stations, knownTopics: StationFileFixtures.topics, knownCalendars: StationFileFixtures.calendars)
        #expect(report.file == nil)
        #expect(report.problems.map { "\(URL(fileURLWithPath: $0.path).lastPathComponent):\($0.line): \($0.message)" } == [
            "members.csv:2: 身份“队长”不认识：应为 党员、干部、群众 之一，或不写",
            "members.csv:3: 站点文件中没有站点 nowhere",
        ])
    }
}
