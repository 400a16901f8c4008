import Foundation
import Notices
import Planner
import Testing
import Yuanjiao

/// The issue's bad-input list not covered elsewhere: namesakes kept apart (by birth date) where the station prints
/// them, a roster far larger than the computers, negative counts and lengths: each a clear message, nothing half-read.
@Suite struct ChildrenBadInputTests {
    static func date(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }

    @Test func namesakesAreKeptApartByBirthDateOnThePosterAndTheSignInSheet() throws {
        let roster = [
            Child(name: "王小明", birthDate: try Self.date("2016-12-08"), grade: "四年级"),
            Child(name: "王小明", birthDate: try Self.date("2015-12-20"), grade: "五年级"),
            Child(name: "李红", birthDate: try Self.date("2017-03-15"), grade: "三年级"),
        ]
        let programme = ChildrenProgramme(
            roster: roster, computers: 10, activities: [ChildrenActivity(kind: .birthday, perMonth: 1, minutes: 60)])
        let station = Station(id: "qingshi", name: "清石村远教站点", room: "远程教育室", children: programme)
        let calendar = try HolidayCalendar(id: "CN-2026", name: "", holidays: [], workdays: [])
        let month = try YearMonth(parsing: "2026-12")
        let plan = MonthPlanner(pool: CoursePool(courses: []), calendar: calendar, month: month).plan(station: station)
        let notices = ChildrenNotices(NoticeInput(station: station, plan: plan, month: month, county: "示例县"))
        let birthday = try #require(plan.children?.sessions.first { $0.kind == .birthday })
        #expect(birthday.children == 2)
        #expect(notices.posterHTML().contains("王小明（12月8日生）、王小明（12月20日生）"))
        let sheet = notices.signInHTML()
        #expect(sheet.contains("<td>王小明（12月8日生）</td>") && sheet.contains("<td>王小明（12月20日生）</td>"))
        #expect(!sheet.contains("<td>王小明</td>") && !sheet.contains("李红"))
    }

    @Test func fiveHundredChildrenForTenComputersReadWithAWarningNamingTheGroups() throws {
        var csv = "姓名,出生日期,年级\n"
        for n in 0..<500 { csv += "孩子\(n),2016-\(String(format: "%02d", 1 + n % 12))-\(String(format: "%02d", 1 + n % 28)),\(1 + n % 6)年级\n" }
        let yaml = ChildrenStationFileTests.head.replacingOccurrences(of: "computers: 12", with: "computers: 10") + """
                children:
                  roster: children/shuangqiao.csv
                  activities:
                    - {kind: children-class, title: 电脑基础, per_week: 1, minutes: 60, room: 电脑室, computers: true}

            """
        let folder = try ChildrenStationFileTests.folder(yaml, roster: Data(csv.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = StationFile.check(
            folder.appendingPathComponent("stations.yaml"), knownTopics: ["children"], knownCalendars: ["CN-2026"])
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.file?.stations.first?.children?.roster.count == 500)
        #expect(report.warnings.map(\.message) == ["500 个孩子只有 10 台电脑：电脑课要分 50 组，一周排不下的组会在计划中声明"])
    }

    @Test func negativeCountsAndLengthsAreLocatedAndNothingIsKept() {
        let report = StationFileFixtures.check(text: """
            county: 示例县
            calendar: CN-2026
            stations:
              - id: shuangqiao
                computers: 12
                children:
                  roster: children/shuangqiao.csv
                  activities:
                    - {kind: birthday, per_month: -1, minutes: 60}
                    - {kind: children-class, per_week: 1, minutes: -45}
            """)
        #expect(report.file == nil)
        #expect(StationFileFixtures.lines(report) == [
            "9:39: per_month 不能是负数（每周或每月几次），这里写的是 -1",
            "10:56: minutes 应在 1 到 720 之间（一次活动的分钟数），这里写的是 -45",
        ])
    }
}
