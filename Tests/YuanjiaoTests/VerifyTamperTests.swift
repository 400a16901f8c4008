import Catalogue
import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// Every way a bundle can differ from its manifest, each caught and explained in Chinese.
@Suite("verify: tampered and stale bundles")
struct VerifyTamperTests {
    typealias Scratch = NoticeBundleTests.Scratch

    private func kinds(_ report: VerifyReport) -> [String: VerifyReport.Kind] {
        Dictionary(report.problems.map { ($0.path, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    private func expectChineseOnly(_ report: VerifyReport, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for word in ["DecodingError", "NSCocoaErrorDomain", "Error Domain", "keyNotFound", "No such file", "The file"] {
            #expect(!report.text.contains(word), "\(word) in: \(report.text)", sourceLocation: sourceLocation)
        }
    }

    @Test func extraFilesAndFoldersAreReported() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bundle = try scratch.writeBundle()
        try Data("#EXTM3U\n".utf8).write(to: bundle.appendingPathComponent("playlist-2026-11-28.m3u8"))
        try FileManager.default.createDirectory(at: bundle.appendingPathComponent("旧的"), withIntermediateDirectories: true)
        let report = Workspace.verify(bundle: bundle, coursewareRoot: nil)
        #expect(!report.passed)
        #expect(kinds(report) == ["playlist-2026-11-28.m3u8": .extra, "旧的/": .extra])
        #expect(report.text.contains("多余  playlist-2026-11-28.m3u8"))
    }

    @Test func linksAndSpecialFilesAreNeverFollowed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bundle = try scratch.writeBundle()
        // A link to an identical copy outside the bundle: the bytes would match, the file is still not the bundle's.
        let notice = bundle.appendingPathComponent("notice.txt")
        let outside = scratch.root.appendingPathComponent("notice-copy.txt")
        try FileManager.default.moveItem(at: notice, to: outside)
        try FileManager.default.createSymbolicLink(at: notice, withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(
            at: bundle.appendingPathComponent("etc"), withDestinationURL: URL(fileURLWithPath: "/etc"))
        #expect(mkfifo(bundle.appendingPathComponent("pipe").path, 0o644) == 0)
        let report = Workspace.verify(bundle: bundle, coursewareRoot: nil)
        #expect(kinds(report) == ["notice.txt": .notRegular, "etc": .notRegular, "pipe": .notRegular])
        expectChineseOnly(report)
    }

    @Test func coursewareDamagedInTheMiddleNeedsFull() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bundle = try scratch.writeBundle()
        let file = scratch.out.appendingPathComponent("课件/agritech/10.mp4")  // 400,000 bytes
        var bytes = try Data(contentsOf: file)
        try FileManager.default.removeItem(at: file)  // a hard link: change the bundle's copy only
        bytes[200_000] ^= 0xFF
        try bytes.write(to: file)
        #expect(Workspace.verify(bundle: bundle, coursewareRoot: nil).passed, "the fast check reads only the first and last 64 KiB")
        let full = Workspace.verify(bundle: bundle, coursewareRoot: nil, full: true)
        #expect(full.problems.map(\.kind) == [.checksum])
        #expect(full.problems.first?.detail.contains("文件中间有损坏") == true)
    }

    @Test func coursewareMissingTruncatedOrLinked() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bundle = try scratch.writeBundle()
        let folder = scratch.out.appendingPathComponent("课件")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("law/4.mp4"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("law/5.mp4"))
        try Data(count: 10).write(to: folder.appendingPathComponent("law/5.mp4"))
        let policy = folder.appendingPathComponent("policy/1.mp4")
        try FileManager.default.moveItem(at: policy, to: scratch.root.appendingPathComponent("1.mp4"))
        try FileManager.default.createSymbolicLink(at: policy, withDestinationURL: scratch.root.appendingPathComponent("1.mp4"))
        let report = Workspace.verify(bundle: bundle, coursewareRoot: nil)
        let byName = Dictionary(uniqueKeysWithValues: report.problems.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.kind) })
        #expect(byName == ["4.mp4": .missing, "5.mp4": .size, "1.mp4": .notRegular])
        expectChineseOnly(report)
    }

    @Test func bundleOfAnOlderPlanIsStale() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bundle = try scratch.writeBundle()
        let manifest = try JSONDecoder().decode(BundleManifest.self, from: Data(contentsOf: bundle.appendingPathComponent("manifest.json")))
        let revision = try #require(manifest.revision)
        #expect(revision.count == 16)
        #expect(Workspace.verify(bundle: bundle, coursewareRoot: nil, storedRevision: { _, _ in revision }).passed)
        let newer = Workspace.verify(bundle: bundle, coursewareRoot: nil, storedRevision: { _, _ in "0123456789abcdef" })
        #expect(newer.problems.map(\.kind) == [.stale])
        #expect(newer.text.contains("请重新运行 plan --out"))
        let none = Workspace.verify(bundle: bundle, coursewareRoot: nil, storedRevision: { _, _ in nil })
        #expect(none.problems.map(\.kind) == [.stale])

        // Through the catalogue: the stored plan is the bundle's, then another one.
        try scratch.workspace.catalogue.storePlans([
            StoredPlan(station: "shuangqiao", month: "2026-12", document: try Self.document(scratch.plan), items: [])])
        #expect(scratch.workspace.storedPlanRevision(station: "shuangqiao", month: "2026-12") == revision)
        var moved = scratch.plan
        moved.sessions.removeLast()
        try scratch.workspace.catalogue.storePlans([
            StoredPlan(station: "shuangqiao", month: "2026-12", document: try Self.document(moved), items: [])])
        let stale = Workspace.verify(bundle: bundle, coursewareRoot: nil) { station, month in
            scratch.workspace.storedPlanRevision(station: station, month: month)
        }
        #expect(stale.problems.map(\.kind) == [.stale])
    }

    @Test func oversizedOrBrokenManifestIsRefusedInChinese() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bundle = try scratch.writeBundle()
        let manifest = bundle.appendingPathComponent("manifest.json")
        let original = try Data(contentsOf: manifest)

        let handle = try FileHandle(forWritingTo: manifest)
        try handle.truncate(atOffset: UInt64(BundleManifest.maximumSize + 1))  // sparse: nothing is read
        try handle.close()
        let large = Workspace.verify(bundle: bundle, coursewareRoot: nil)
        #expect(large.problems.map(\.kind) == [.manifest])
        #expect(large.problems.first?.detail.contains("超过上限") == true)

        var json = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        json.removeValue(forKey: "station")
        try JSONSerialization.data(withJSONObject: json).write(to: manifest)
        let missingKey = Workspace.verify(bundle: bundle, coursewareRoot: nil)
        #expect(missingKey.problems.first?.detail.contains("缺少“station”") == true)
        expectChineseOnly(missingKey)

        try Data("{\"station\": 3}".utf8).write(to: manifest)
        expectChineseOnly(Workspace.verify(bundle: bundle, coursewareRoot: nil))
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createSymbolicLink(at: manifest, withDestinationURL: scratch.root.appendingPathComponent("elsewhere.json"))
        #expect(Workspace.verify(bundle: bundle, coursewareRoot: nil).problems.map(\.kind) == [.notRegular])
    }

    /// The plan as `plan` stores it (keys sorted).
    static func document(_ plan: StationPlan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(plan)
    }
}
