import Foundation
import Testing
import Planner

/// The stations of `Samples/stations.yaml` (rebuilt here by hand: the planner reads no YAML) planned for
/// December 2026 over the sample courseware pass every check.
@Suite struct SampleCountyTests {
    static func station(
        _ id: String, _ name: String, _ school: String, mode: Int, script: NoticeScript = .simplified,
        _ change: (inout StationRules) -> Void = { _ in }
    ) -> Station {
        var rules = StationRules.standard
        change(&rules)
        return Station(id: id, name: name, school: school, mode: mode, room: "多媒体教室", script: script, rules: rules)
    }

    static let stations: [Station] = [
        station("shuangqiao", "双桥村远教站点", "双桥村小学", mode: 2) { $0.avoidDates = [Fixtures.date("2026-12-12")] },
        station("longhe", "龙河镇远教站点", "龙河镇中学", mode: 3) {
            $0.schoolHours = ["07:40-11:50", "13:50-17:20", "19:00-20:30"].map(Fixtures.interval)
            $0.openHours = OpenHours(schoolDay: Fixtures.interval("17:30-21:30"), otherDay: Fixtures.interval("08:00-21:00"))
            $0.openDay = .sunday
        },
        station("qingshi", "清石村远教站点", "清石村小学", mode: 2) {
            $0.topics.append(TopicWeight(topic: "children", weight: 1))
            $0.avoidDates = [Fixtures.date("2026-12-05"), Fixtures.date("2026-12-19")]
        },
        station("anfu", "安富镇远教站点", "安富镇中学", mode: 3) {
            $0.schoolHours = ["08:10-12:00", "14:10-17:30"].map(Fixtures.interval)
            $0.weeklyMinutes = 150
            $0.topics[0].weight = 2
        },
        station("wanling", "万灵镇远教站点", "万灵镇中学", mode: 3) {
            $0.openHours = OpenHours(schoolDay: Fixtures.interval("18:00-21:00"), otherDay: Fixtures.interval("09:00-20:30"))
            $0.openDay = .friday
            $0.sessionMinutes = 150
        },
        station("guangshun", "广顺村远教站点", "广顺村小学", mode: 2, script: .traditional) { $0.topics[1].weight = 2 },
        station("changzhou", "昌州村远教站点", "昌州村小学", mode: 2) {
            $0.openHours = OpenHours(schoolDay: Fixtures.interval("19:00-21:30"), otherDay: Fixtures.interval("08:30-18:00"))
            $0.noRepeatMonths = 6
        },
    ]

    @Test func decemberPlanPassesEveryCheck() throws {
        let december = Fixtures.month("2026-12")
        let planner = MonthPlanner(pool: CoursePool(courses: Fixtures.sampleCourses), calendar: Fixtures.cn2026, month: december)
        let plan = planner.plan(stations: Self.stations)
        let report = PlanChecker(calendar: Fixtures.cn2026).check(plan, stations: Self.stations)
        #expect(report.passed, "\(report.violations)")
        for station in plan.stations {
            #expect(station.sessions.filter { $0.kind == .studyDay }.count == 2)
            #expect(station.warnings.allSatisfy { $0.rule == .courses || $0.rule == .openDay }, "\(station.warnings)")
        }
        // Wanling's open day is Friday, a school day: its evening.
        let wanling = try #require(plan.stations.first { $0.id == "wanling" })
        #expect(wanling.sessions.filter { $0.kind == .openDay }.map(\.start.description) == Array(repeating: "18:00", count: 4))
    }

    @Test func sampleFileListsTheseStations() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Samples/stations.yaml"), encoding: .utf8)
        for station in Self.stations {
            #expect(text.contains("- id: \(station.id)\n    name: \(station.name)\n    school: \(station.school)\n    mode: \(station.mode)"))
        }
        #expect(text.contains("script: traditional"))
        #expect(text.contains("calendar: CN-2026"))
    }
}
