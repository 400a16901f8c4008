import Catalogue
import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// `playlog import` identifies a played file by its content when it can find the file: a renamed or moved
/// copy still matches the planned course, another file of the same name does not; otherwise by name, noted.
@Suite struct PlayLogFingerprintTests {
    static let sample: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Samples/courseware/少儿/安全教育动画（第2集）.mp4")
    }()

    @Test func contentDecidesWhenTheFileIsFound() throws {
        let scratch = try HeldScratch(indexChildren: true)
        defer { scratch.remove() }
        let plan = StationPlan(id: "shuangqiao", sessions: [PlannedSession(
            date: try LocalDate(parsing: "2026-12-05"), start: try TimeOfDay(parsing: "19:00"), end: try TimeOfDay(parsing: "20:00"),
            kind: .studyDay, items: [PlannedItem(id: 1, title: "安全教育动画", topic: "children", startOffset: 0, durationSeconds: 1200,
                                                 path: Self.sample.path, why: "")])], warnings: [])
        try scratch.workspace.catalogue.storePlans([StoredPlan(
            station: "shuangqiao", month: "2026-12", document: try JSONEncoder().encode(plan), items: [])])

        // A returned bundle: the log in the station folder, the courseware beside it under portable names.
        let bundle = scratch.root.appendingPathComponent("回收/shuangqiao")
        let courseware = scratch.root.appendingPathComponent("回收/课件")
        let elsewhere = scratch.root.appendingPathComponent("回收/别处")
        for folder in [bundle, courseware, elsewhere] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(at: Self.sample, to: courseware.appendingPathComponent("动画~2.mp4"))
        try Data("另一个文件，只是同名".utf8).write(to: elsewhere.appendingPathComponent("安全教育动画（第2集）.mp4"))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: Self.sample.path)[.size] as? NSNumber).int64Value
        let manifest = BundleManifest(station: "shuangqiao", month: "2026-12", generated: "2026-11-25T00:00:00Z", files: [], courseware: [
            .init(path: Self.sample.path, size: size, fingerprint: try ContentFingerprint.compute(path: Self.sample.path, size: size),
                  bundlePath: "../课件/只在清单里.mp4"),
        ])
        try JSONEncoder().encode(manifest).write(to: bundle.appendingPathComponent(BundleManifest.fileName))
        let log = bundle.appendingPathComponent("playlog-2026-12.csv")
        try Data("""
            start,end,file,station
            2026-12-05 19:00,2026-12-05 19:10,../课件/动画~2.mp4,shuangqiao
            2026-12-05 19:10,2026-12-05 19:20,../课件/只在清单里.mp4,shuangqiao
            2026-12-12 19:00,2026-12-12 19:10,../别处/安全教育动画（第2集）.mp4,shuangqiao
            2026-12-13 19:00,2026-12-13 19:05,D:\\远教\\安全教育动画（第1集）.mp4,shuangqiao

            """.utf8).write(to: log)

        let report = try scratch.workspace.importPlayLog(files: [log], by: "测试")
        #expect(report.problems.map(\.kind) == [.otherContent])
        #expect(report.problems.first?.line == 4)
        #expect(report.problems.first?.text.contains("内容指纹不符") == true)
        #expect(report.added == 3)
        #expect(report.notes == [PlayLogNote(file: log.path, matchedByName: 1)])
        #expect(report.text.contains("只按文件名对照"))
        let planned = try #require(report.matches.first { $0.plannedStart != nil })
        #expect(planned.file == "安全教育动画（第2集）.mp4" && planned.outcome == .played && planned.playedSeconds == 1200)
        #expect(report.matches.filter { $0.outcome == .unplanned }.map(\.file) == ["安全教育动画（第1集）.mp4"])
    }
}
