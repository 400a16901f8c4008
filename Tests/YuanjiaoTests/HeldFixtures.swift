import Catalogue
import Foundation
import Planner
@testable import Yuanjiao

/// A scratch catalogue with one stored December plan for shuangqiao, and play logs written beside it.
struct HeldScratch {
    let root: URL
    let workspace: Workspace
    static let month = try! YearMonth(parsing: "2026-12")

    init(indexChildren: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-held-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        workspace = try Workspace(catalogPath: root.appendingPathComponent("catalog.sqlite").path)
        if indexChildren {
            var samples = URL(fileURLWithPath: #filePath)
            for _ in 0..<3 { samples.deleteLastPathComponent() }
            _ = try workspace.index(paths: [samples.appendingPathComponent("Samples/courseware/少儿").path])
        }
        let document = try JSONEncoder().encode(Self.plan)
        try workspace.catalogue.storePlans([StoredPlan(station: "shuangqiao", month: "2026-12", document: document, items: [])])
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Writes `playlog-2026-12.csv` (or `name`) with the header and `lines`; returns its URL.
    func log(_ lines: [String], name: String = "playlog-2026-12.csv", header: String = "start,end,file,station") throws -> URL {
        let url = root.appendingPathComponent(name)
        try Data(([header] + lines).joined(separator: "\n").utf8).write(to: url)
        return url
    }

    static func item(_ id: Int64, _ title: String, _ file: String, offset: Int, minutes: Int) -> PlannedItem {
        PlannedItem(id: id, title: title, topic: "law", startOffset: offset, durationSeconds: minutes * 60,
                    path: "课件/法律法规/\(file)", why: "")
    }

    /// Two study days (12-05 and 12-19) and a weekly session (12-10), 19:00 each.
    static let plan = StationPlan(id: "shuangqiao", sessions: [
        PlannedSession(date: try! LocalDate(parsing: "2026-12-05"), start: try! TimeOfDay(parsing: "19:00"),
                       end: try! TimeOfDay(parsing: "21:00"), kind: .studyDay, items: [
                        item(1, "宪法讲座", "宪法.mp4", offset: 0, minutes: 60),
                        item(2, "民法典", "民法典.mp4", offset: 3600, minutes: 60),
                       ]),
        PlannedSession(date: try! LocalDate(parsing: "2026-12-10"), start: try! TimeOfDay(parsing: "19:00"),
                       end: try! TimeOfDay(parsing: "20:00"), kind: .weekly, items: [item(3, "反诈", "反诈.mp4", offset: 0, minutes: 60)]),
        PlannedSession(date: try! LocalDate(parsing: "2026-12-19"), start: try! TimeOfDay(parsing: "19:00"),
                       end: try! TimeOfDay(parsing: "20:00"), kind: .studyDay, items: [item(4, "土地法", "土地法.mp4", offset: 0, minutes: 60)]),
    ], warnings: [])
}
