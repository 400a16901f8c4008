import Foundation
import Planner
import Testing
import Yuanjiao

@Suite("Station file: loading and inheritance")
struct StationFileLoadTests {
    private func time(_ text: String) throws -> DayInterval { try DayInterval(parsing: text) }
    private func date(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }

    @Test("Samples/stations.yaml loads 7 stations with the county, time zone and calendar")
    func sampleHeader() throws {
        let file = try StationFile.load(
            StationFileFixtures.repository.appendingPathComponent("Samples/stations.yaml"),
            knownTopics: StationFileFixtures.topics, knownCalendars: StationFileFixtures.calendars)
        #expect(file.county == "示例县")
        #expect(file.timeZone == "Asia/Shanghai")
        #expect(file.calendarIDs == ["CN-2026"])
        #expect(file.stations.map(\.id) == ["shuangqiao", "longhe", "qingshi", "anfu", "wanling", "guangshun", "changzhou"])
    }

    @Test("each sample station's overrides win over defaults; the rest is inherited")
    func sampleOverrides() throws {
        let file = try StationFile.load(
            StationFileFixtures.repository.appendingPathComponent("Samples/stations.yaml"),
            knownTopics: StationFileFixtures.topics, knownCalendars: StationFileFixtures.calendars)
        let byID = Dictionary(uniqueKeysWithValues: file.stations.map { ($0.id, $0) })
        let shuangqiao = try #require(byID["shuangqiao"])
        #expect(shuangqiao.name == "双桥村远教站点" && shuangqiao.school == "双桥村小学")
        #expect(shuangqiao.mode == 2 && shuangqiao.room == "多媒体教室" && shuangqiao.script == .simplified)
        var expected = StationRules.standard
        expected.avoidDates = [try date("2026-12-12")]
        #expect(shuangqiao.rules == expected)

        let longhe = try #require(byID["longhe"])
        #expect(longhe.mode == 3)
        #expect(longhe.rules.schoolHours == [try time("07:40-11:50"), try time("13:50-17:20"), try time("19:00-20:30")])
        #expect(longhe.rules.openHours == OpenHours(schoolDay: try time("17:30-21:30"), otherDay: try time("08:00-21:00")))
        #expect(longhe.rules.openDay == .sunday)
        #expect(longhe.rules.terms == StationRules.standard.terms)

        let qingshi = try #require(byID["qingshi"])
        #expect(qingshi.rules.topics.map(\.topic) == ["policy", "law", "ethics", "agritech", "children"])
        #expect(qingshi.rules.topics.map(\.weight) == [1, 1, 1, 2, 1])
        #expect(qingshi.rules.avoidDates == [try date("2026-12-05"), try date("2026-12-19")])

        let anfu = try #require(byID["anfu"])
        #expect(anfu.rules.weeklyMinutes == 150)
        #expect(anfu.rules.schoolHours == [try time("08:10-12:00"), try time("14:10-17:30")])
        #expect(anfu.rules.topics.first == TopicWeight(topic: "policy", weight: 2))

        let wanling = try #require(byID["wanling"])
        #expect(wanling.rules.openDay == .friday && wanling.rules.sessionMinutes == 150)
        #expect(wanling.rules.weeklyMinutes == 120)

        #expect(byID["guangshun"]?.script == .traditional)
        #expect(byID["guangshun"]?.rules.topics.map(\.weight) == [1, 2, 1, 2])
        #expect(byID["changzhou"]?.rules.noRepeatMonths == 6)
        #expect(byID["changzhou"]?.rules.openHours.otherDay == (try time("08:30-18:00")))
    }

    @Test("built-in defaults ← defaults ← station, key by key (open_hours half by half)")
    func inheritance() throws {
        let file = try StationFileFixtures.load("overrides.yaml")
        #expect(file.county == "测试县" && file.timeZone == "Asia/Shanghai" && file.calendarIDs == ["CN-2026"])
        let a1 = file.stations[0], b2 = file.stations[1]
        #expect(a1.id == "a1" && a1.name == "甲站" && a1.school == "" && a1.mode == 2)
        #expect(a1.rules.weeklyMinutes == 90)
        #expect(a1.rules.openHours == OpenHours(schoolDay: try time("19:00-21:00"), otherDay: try time("09:00-20:00")))
        #expect(a1.script == .traditional)
        #expect(a1.rules.audiences == ["党员"])
        #expect(a1.rules.schoolHours == StationRules.standard.schoolHours)
        // A range in avoid_dates stands for every day in it.
        #expect(a1.rules.avoidDates.map(\.description) == ["2026-12-24", "2026-12-25", "2026-12-26", "2027-01-01"])

        #expect(b2.id == "b-2" && b2.name == "")
        #expect(b2.script == .simplified && b2.rules.weeklyMinutes == 150)
        #expect(b2.rules.terms.isEmpty)
        #expect(b2.rules.openHours == OpenHours(schoolDay: try time("18:30-21:30"), otherDay: try time("09:00-20:00")))
        #expect(b2.rules.topics == [TopicWeight(topic: "law", weight: 3), TopicWeight(topic: "culture", weight: 1.5)])
        #expect(b2.rules.studyDaysPerMonth == 2 && b2.rules.noRepeatMonths == 12)
    }

    @Test("timezone and calendar forms: a valid zone, a list of calendars")
    func headerForms() throws {
        let report = StationFile.check(
            text: "county: 县\ntimezone: Asia/Urumqi\ncalendar: [CN-2026, CN-2027]\nstations:\n  - id: a\n",
            path: "t.yaml", knownTopics: StationFileFixtures.topics, knownCalendars: ["CN-2026", "CN-2027"])
        #expect(report.problems.isEmpty)
        #expect(report.file?.timeZone == "Asia/Urumqi")
        #expect(report.file?.calendarIDs == ["CN-2026", "CN-2027"])
        #expect(report.file?.stations.first?.rules == StationRules.standard)
    }

    @Test("load throws every problem; check returns them with the station ids it could read")
    func loadThrowsAll() throws {
        #expect(throws: StationFileError.self) { try StationFileFixtures.load("five-problems.yaml") }
        do {
            _ = try StationFileFixtures.load("five-problems.yaml")
        } catch {
            #expect(error.problems.count == 5)
            #expect(error.description.split(separator: "\n").count == 5)
        }
        let report = StationFileFixtures.check("five-problems.yaml")
        #expect(report.stationIDs == ["shuangqiao", "shuangqiao"])
        #expect(report.file == nil && !report.isValid)
    }

    @Test("a file with a byte-order mark and Windows line ends reads like any other")
    func bomAndCRLF() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stations-bom-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("\u{FEFF}county: 县\r\ncalendar: CN-2026\r\nstations:\r\n  - id: a\r\n    weekly_minutes: 60\r\n".utf8).write(to: url)
        let file = try StationFile.load(url, knownTopics: StationFileFixtures.topics, knownCalendars: StationFileFixtures.calendars)
        #expect(file.stations.first?.rules.weeklyMinutes == 60)
    }
}
