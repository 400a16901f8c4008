import Foundation
import Testing
@testable import Catalogue

@Suite("Indexing")
struct IndexingTests {
    @Test("the bundled samples: every good file added, every bad one failed with its reason")
    func indexesSamples() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(roots: [TestWorkspace.samples.path])
        let failedNames = Set(report.failed.map { ($0.path as NSString).lastPathComponent })
        // 说明.txt is a plain-text document since issue 23: indexed, not failed.
        #expect(failedNames == ["截断的讲座.mp4", "空文件.mp4"])
        #expect(report.added >= 20)
        #expect(report.failed.first { $0.path.hasSuffix("空文件.mp4") }?.error.contains("空文件") == true)
        #expect(report.updated == 0 && report.moved == 0 && report.missing == 0)
    }

    @Test("a rescan of unchanged files reopens nothing and counts them unchanged")
    func rescanIsIncremental() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(SampleNames.good)
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let first = try catalogue.index(roots: [folder])
        #expect(first.added == SampleNames.good.count)
        let second = try catalogue.index(roots: [folder])
        #expect(second.added == 0)
        #expect(second.unchanged == SampleNames.good.count)
        #expect(second.failed.isEmpty)
    }

    @Test("moved and renamed files keep their id; vanished files are kept as missing")
    func identityFollowsContent() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(SampleNames.good)
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.index(roots: [folder])
        let idOf = { (name: String) throws -> Int64? in
            try catalogue.search(name).results.first?.id
        }
        let movedID = try #require(try idOf("乡村振兴战略解读"))
        let renamedID = try #require(try idOf("水稻育秧技术"))

        try workspace.move("courseware/政策理论/乡村振兴战略解读.mkv", to: "courseware/归档/乡村振兴战略解读.mkv")
        try workspace.move("courseware/农业科技/水稻育秧技术.mp4", to: "courseware/农业科技/水稻育秧（新版）.mp4")
        try FileManager.default.removeItem(atPath: workspace.path("courseware/道德教育/家风家训故事.m4a"))

        let report = try catalogue.index(roots: [folder])
        #expect(report.moved == 2)
        #expect(report.added == 0)
        #expect(report.missing == 1)
        let moved = try catalogue.details(id: movedID)
        #expect(moved.path.hasSuffix("归档/乡村振兴战略解读.mkv"))
        #expect(try catalogue.details(id: renamedID).path.hasSuffix("水稻育秧（新版）.mp4"))
        let missing = try #require(try catalogue.search("家风家训").results.first)
        #expect(try catalogue.details(id: missing.id).status == "missing")

        // The file comes back: same id, present again.
        try workspace.copySamples(["道德教育/家风家训故事.m4a"])
        let back = try catalogue.index(roots: [folder])
        #expect(back.missing == 0)
        #expect(try catalogue.details(id: missing.id).status == "present")
    }

    @Test("a changed file is updated in place")
    func changedFileIsUpdated() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(["法律法规/宪法宣传教育.mp3"])
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.index(roots: [folder])
        let target = workspace.path("courseware/法律法规/宪法宣传教育.mp3")
        try FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(
            atPath: TestWorkspace.samples.appendingPathComponent("道德教育/家风家训故事.m4a").path, toPath: target)
        let report = try catalogue.index(roots: [folder])
        #expect(report.updated == 1)
        #expect(report.added == 0)
    }

    @Test("the title comes from tags, else from the file name")
    func titles() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(["卫星接收/CCTV7_20261201_1900.ts", "农业科技/水稻育秧技术.mp4"])
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.index(roots: [folder])
        #expect(try catalogue.search("CCTV7_20261201_1900").total == 1)
        #expect(try catalogue.search("水稻育秧技术").results.first?.title == "水稻育秧技术")
    }
}
