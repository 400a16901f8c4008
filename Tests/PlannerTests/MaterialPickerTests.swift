import Foundation
import Testing
@testable import Planner

/// Reading material: study days get documents of their courses' topics, never repeated, at most the station's number.
@Suite struct MaterialPickerTests {
    static func session(_ date: String, _ kind: SessionKind, topics: [String]) throws -> PlannedSession {
        PlannedSession(
            date: try LocalDate(parsing: date), start: try TimeOfDay(parsing: "09:00"), end: try TimeOfDay(parsing: "11:00"),
            kind: kind,
            items: topics.enumerated().map { index, topic in
                PlannedItem(id: Int64(index + 1), title: "课\(index)", topic: topic, startOffset: index * 1800,
                            durationSeconds: 1800, path: "/课件/\(index).mp4", why: "")
            })
    }

    static let documents = [
        ReadingMaterial(id: 101, title: "水稻育秧手册", path: "/资料/水稻.pdf", topics: ["agritech"]),
        ReadingMaterial(id: 102, title: "合作社法解读", path: "/资料/合作社.pdf", topics: ["law", "agritech"]),
        ReadingMaterial(id: 103, title: "宪法读本", path: "/资料/宪法.epub", topics: ["law"]),
        ReadingMaterial(id: 104, title: "柑橘修剪", path: "/资料/柑橘.txt", topics: ["agritech"]),
    ]

    @Test func studyDaysGetDocumentsOfTheirTopicsWithoutRepeats() throws {
        let plan = StationPlan(id: "shuangqiao", sessions: [
            try Self.session("2026-12-05", .studyDay, topics: ["agritech", "law"]),
            try Self.session("2026-12-09", .weekly, topics: ["agritech"]),
            try Self.session("2026-12-19", .studyDay, topics: ["agritech"]),
        ], warnings: [])
        let month = try YearMonth(parsing: "2026-12")
        let picked = MaterialPicker(documents: Self.documents).assign(
            plan, month: month, perStudyDay: 2, noRepeatMonths: 12, history: StationHistory())
        // Most shared topics first: 102 covers both of the first day's topics.
        #expect(picked.sessions[0].materials.map(\.id) == [102, 101])
        #expect(picked.sessions[1].materials.isEmpty)
        #expect(picked.sessions[2].materials.map(\.id) == [104])
        // Not minutes: the fill is unchanged.
        #expect(picked.sessions[0].fillRatio == plan.sessions[0].fillRatio)
    }

    @Test func historyWithinTheWindowKeepsADocumentAwayAndZeroMeansNone() throws {
        let plan = StationPlan(id: "s", sessions: [try Self.session("2026-12-05", .studyDay, topics: ["law"])], warnings: [])
        let month = try YearMonth(parsing: "2026-12")
        let history = StationHistory(entries: [
            .init(courseID: 103, date: try LocalDate(parsing: "2026-06-06")),
            .init(courseID: 102, date: try LocalDate(parsing: "2025-06-06")),  // outside 12 months: may come again
        ])
        let picker = MaterialPicker(documents: Self.documents)
        #expect(picker.assign(plan, month: month, perStudyDay: 2, noRepeatMonths: 12, history: history)
            .sessions[0].materials.map(\.id) == [102])
        #expect(picker.assign(plan, month: month, perStudyDay: 0, noRepeatMonths: 12, history: history)
            .sessions[0].materials.isEmpty)
    }

    @Test func materialsRoundTripInJSONAndStayOutWhenEmpty() throws {
        var session = try Self.session("2026-12-05", .studyDay, topics: ["law"])
        let plain = String(decoding: try JSONEncoder().encode(session), as: UTF8.self)
        #expect(!plain.contains("materials"))
        session.materials = [PlannedMaterial(id: 103, title: "宪法读本", path: "/资料/宪法.epub")]
        let data = try JSONEncoder().encode(session)
        #expect(String(decoding: data, as: UTF8.self).contains(#""materials":[{"#))
        #expect(try JSONDecoder().decode(PlannedSession.self, from: data).materials == session.materials)
    }
}
