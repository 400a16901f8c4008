import Foundation
import Notices
import Planner
import Testing

/// A fixed December 2026 for two stations of `Samples/stations.yaml`, built by hand so the golden notices
/// depend on neither the planner's choices nor the catalogue.
enum NoticeFixtures {
    static let month = ym("2026-12")
    static let county = "示例县"

    static let shuangqiao = Station(
        id: "shuangqiao", name: "双桥村远教站点", school: "双桥村小学", mode: 2, room: "多媒体教室")
    static let guangshun = Station(
        id: "guangshun", name: "广顺村远教站点", school: "广顺村小学", mode: 2, room: "多媒体教室", script: .traditional)

    /// A small fixed course list: a series with Latin episode numbers, a channel name with a digit, a year.
    static let courses: [(title: String, topic: String, minutes: Int)] = [
        ("党的二十大精神学习辅导（第1讲）", "policy", 40),       // 0
        ("党的二十大精神学习辅导（第2讲）", "policy", 40),       // 1
        ("2026年中央一号文件解读", "policy", 30),                // 2
        ("农村土地承包法讲座", "law", 35),                       // 3
        ("民法典与农民生活（第1集）", "law", 30),                // 4
        ("新时代文明实践——孝老爱亲", "ethics", 25),              // 5
        ("移风易俗树新风", "ethics", 20),                        // 6
        ("CCTV7农广天地：冬季柑橘管护", "agritech", 30),          // 7
        ("蔬菜大棚冬季管理", "agritech", 30),                    // 8
        ("生猪养殖与疫病防治", "agritech", 40),                  // 9
        ("果树修剪 & 嫁接 <实操>", "agritech", 20),              // 10: characters HTML must escape
    ]

    static func item(_ index: Int, at offset: Int) -> PlannedItem {
        let course = courses[index]
        return PlannedItem(
            id: Int64(index + 1), title: course.title, topic: course.topic, startOffset: offset,
            durationSeconds: course.minutes * 60 - 7, path: "/srv/课件/\(course.topic)/\(course.title).mp4",
            why: "按主题比例选入")
    }

    static func session(_ date: String, _ start: String, _ end: String, _ kind: SessionKind, _ indexes: [Int]) -> PlannedSession {
        var offset = 0
        let items = indexes.map { index -> PlannedItem in
            defer { offset += courses[index].minutes * 60 }
            return item(index, at: offset)
        }
        return PlannedSession(date: day(date), start: time(start), end: time(end), kind: kind, items: items)
    }

    /// Shuangqiao avoids 12月12日, a Saturday: that week's open day moved to Sunday the 13th.
    static let shuangqiaoPlan = StationPlan(
        id: "shuangqiao",
        sessions: [
            session("2026-12-02", "19:00", "21:00", .weekly, [0, 3, 5]),
            session("2026-12-05", "08:30", "21:30", .openDay, [7, 8]),
            session("2026-12-06", "09:00", "11:00", .studyDay, [1, 4, 8, 6]),
            session("2026-12-09", "19:30", "21:00", .weekly, [2, 9]),
            session("2026-12-13", "08:30", "21:30", .openDay, [7]),
            session("2026-12-19", "08:30", "21:30", .openDay, []),
            session("2026-12-20", "14:00", "16:00", .studyDay, [7, 10, 3, 5]),
            session("2026-12-26", "08:30", "21:30", .openDay, [8]),
            session("2026-12-30", "18:30", "20:00", .weekly, [9, 6]),
        ],
        warnings: [])

    static let guangshunPlan = StationPlan(
        id: "guangshun",
        sessions: [
            session("2026-12-05", "08:30", "21:30", .openDay, [7]),
            session("2026-12-06", "14:00", "16:00", .studyDay, [0, 3, 4, 8]),
            session("2026-12-10", "19:00", "21:00", .weekly, [2, 5, 9]),
            session("2026-12-12", "08:30", "21:30", .openDay, []),
            session("2026-12-19", "08:30", "21:30", .openDay, []),
            session("2026-12-20", "09:00", "11:00", .studyDay, [1, 3, 7, 6]),
            session("2026-12-26", "08:30", "21:30", .openDay, []),
        ],
        warnings: [])

    static var shuangqiaoInput: NoticeInput {
        NoticeInput(station: shuangqiao, plan: shuangqiaoPlan, month: month, county: county, topicNames: .catalog)
    }

    static var guangshunInput: NoticeInput {
        NoticeInput(station: guangshun, plan: guangshunPlan, month: month, county: county, topicNames: .catalog)
    }

    /// 2026-11-28 10:00 in Beijing.
    static let generated = Date(timeIntervalSince1970: 1_795_831_200)

    // MARK: - Values

    static func day(_ text: String) -> LocalDate {
        do { return try LocalDate(parsing: text) } catch { fatalError("bad fixture date \(text)") }
    }

    static func time(_ text: String) -> TimeOfDay {
        do { return try TimeOfDay(parsing: text) } catch { fatalError("bad fixture time \(text)") }
    }

    static func ym(_ text: String) -> YearMonth {
        do { return try YearMonth(parsing: text) } catch { fatalError("bad fixture month \(text)") }
    }
}

/// Golden files beside this test file; `YUANJIAO_UPDATE_GOLDEN=1 swift test …` rewrites them.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["YUANJIAO_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.components(separatedBy: "\n"), expectedLines = expected.components(separatedBy: "\n")
            let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = line < actualLines.count ? actualLines[line] : "<end>"
            let want = line < expectedLines.count ? expectedLines[line] : "<end>"
            Issue.record("\(name) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation)
        }
    }
}
