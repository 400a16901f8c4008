import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// Reading material in the station bundle: copied with the courseware and listed on the notice-board poster.
@Suite struct MaterialsBundleTests {
    @Test func bundleCopiesMaterialsAndThePosterListsThem() throws {
        var scratch = try NoticeBundleTests.Scratch()
        defer { scratch.remove() }
        let document = scratch.root.appendingPathComponent("office/课件/资料/宪法读本.pdf")
        try FileManager.default.createDirectory(at: document.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("%PDF-1.4 宪法读本".utf8).write(to: document)
        let studyDay = try #require(scratch.plan.sessions.firstIndex { $0.kind == .studyDay })
        scratch.plan.sessions[studyDay].materials = [PlannedMaterial(id: 900, title: "宪法读本", path: document.path)]
        let folder = try scratch.writeBundle()
        let manifest = try JSONDecoder().decode(
            BundleManifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        let entry = try #require(manifest.courseware.first { $0.path == document.path })
        let copied = try #require(entry.bundlePath)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(copied).standardizedFileURL.path))
        let poster = try String(contentsOf: folder.appendingPathComponent("notice.html"), encoding: .utf8)
        #expect(poster.contains("阅读材料：《宪法读本》"))
        let plan = try String(contentsOf: folder.appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(plan.contains("\"materials\""))
    }
}
