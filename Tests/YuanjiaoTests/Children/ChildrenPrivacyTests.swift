import Foundation
import Notices
import Planner
import Testing

/// Minors' data stays local: plans (as stored, as `plan --json` prints them) carry counts only; the station's own
/// notices name the children, the loudspeaker by first name only.
@Suite struct ChildrenPrivacyTests {
    static let roster = [
        Child(name: "王小明", birthDate: try! LocalDate(parsing: "2016-12-08"), grade: "四年级"),
        Child(name: "欧阳佳怡", birthDate: try! LocalDate(parsing: "2015-12-24"), grade: "五年级"),
        Child(name: "李红", birthDate: try! LocalDate(parsing: "2017-03-15"), grade: "三年级"),
    ]

    static func input() throws -> NoticeInput {
        let programme = ChildrenProgramme(
            roster: roster, computers: 2,
            activities: [
                ChildrenActivity(kind: .childrenClass, title: "电脑基础", perWeek: 1, minutes: 60, room: "电脑室", needsComputers: true),
                ChildrenActivity(kind: .familyVideo, room: "亲情视频室", weekday: .sunday, hours: try DayInterval(parsing: "14:00-17:00")),
                ChildrenActivity(kind: .birthday, perMonth: 1, minutes: 60),
            ],
            phone: "0851-5550123")
        let station = Station(id: "qingshi", name: "清石村远教站点", room: "远程教育室", children: programme)
        let calendar = try HolidayCalendar(id: "CN-2026", name: "", holidays: [], workdays: [])
        let month = try YearMonth(parsing: "2026-12")
        let plan = MonthPlanner(pool: CoursePool(courses: []), calendar: calendar, month: month).plan(station: station)
        return NoticeInput(station: station, plan: plan, month: month, county: "示例县", topicNames: .catalog)
    }

    @Test func thePlanAsStoredAndPrintedCarriesCountsNotNames() throws {
        let input = try Self.input()
        let json = String(decoding: try JSONEncoder().encode(MonthPlan(month: input.month, stations: [input.plan])), as: UTF8.self)
        #expect(json.contains("\"children\""))
        #expect(json.contains("birthday") && json.contains("family-video"))
        for child in Self.roster {
            #expect(!json.contains(child.name) && !json.contains(child.firstName) && !json.contains(child.birthDate.description))
        }
    }

    @Test func theStationsNoticesNameTheChildrenTheLoudspeakerByFirstNameOnly() throws {
        let notices = ChildrenNotices(try Self.input())
        let spoken = notices.loudspeakerText()
        #expect(spoken.contains("小明、佳怡小朋友庆祝生日"))
        #expect(!spoken.contains("王小明") && !spoken.contains("欧阳佳怡") && !spoken.contains("李红"))
        let poster = notices.posterHTML()
        #expect(poster.contains("王小明") && poster.contains("第1组，共2组"))
        let schedule = notices.familyVideoSchedule()
        #expect(schedule.contains("0851-5550123") && schedule.contains("14:00–17:00"))
        #expect(!schedule.contains("王小明"))
        #expect(notices.signInHTML().contains("不计入党员参学率"))
    }
}
