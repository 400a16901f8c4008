import Catalogue
import Foundation
import Notices
import Planner
import Testing
@testable import Yuanjiao

/// `plan --out` bundles and `verify`, on a temporary catalogue and courseware tree.
@Suite("Station bundles and verify")
struct NoticeBundleTests {
    /// A scratch folder with an empty catalogue and the fixture's courseware as real files.
    struct Scratch {
        let root: URL
        let workspace: Workspace
        var plan: StationPlan

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-bundle-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            // The shipped Catalog/: topic labels come from its topics.yaml alone.
            let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Catalog")
            workspace = try Workspace(catalogPath: root.appendingPathComponent("catalog.sqlite").path, data: CatalogData(directory: catalog))
            var plan = NoticeFixtures.shuangqiaoPlan
            let office = root.appendingPathComponent("office/课件")
            for s in plan.sessions.indices {
                for i in plan.sessions[s].items.indices {
                    let item = plan.sessions[s].items[i]
                    let url = office.appendingPathComponent(item.topic).appendingPathComponent("\(item.id).mp4")
                    plan.sessions[s].items[i].path = url.path
                    if !FileManager.default.fileExists(atPath: url.path) {
                        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                        // Sizes on both sides of the fingerprint's two 64 KiB blocks.
                        let size = Int(item.id) * 40_000
                        try Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(item.id)) }).write(to: url)
                    }
                }
            }
            self.plan = plan
        }

        var stationFile: StationFile {
            StationFile(
                path: "Samples/stations.yaml", county: NoticeFixtures.county, timeZone: "Asia/Shanghai", calendarIDs: ["CN-2026"],
                stations: [NoticeFixtures.shuangqiao, NoticeFixtures.guangshun])
        }

        /// The bundle in `out/shuangqiao`, by default with its courseware beside it in `out/课件`.
        func writeBundle(_ options: BundleOptions = BundleOptions(withCourseware: true)) throws -> URL {
            try #require(try writeReport(options).folders.first)
        }

        func writeReport(_ options: BundleOptions = BundleOptions(withCourseware: true), plan: StationPlan? = nil) throws -> BundleReport {
            var options = options
            options.generated = NoticeFixtures.generated
            let report = try workspace.writeBundles(
                MonthPlan(month: NoticeFixtures.month, stations: [plan ?? self.plan]), stationFile: stationFile,
                to: out, options: options)
            #expect(report.failures.isEmpty, "\(report.failures)")
            return report
        }

        var out: URL { root.appendingPathComponent("out") }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func bundleHoldsEveryFileAndAManifest() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try scratch.writeBundle()
        #expect(folder.lastPathComponent == "shuangqiao")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.filter { $0.hasPrefix("playlist-") }.count == 8)
        for name in ["manifest.json", "notice.html", "notice.txt", "plan.ics", "plan.json", "playlist.xspf", "signin.html",
                     "节目预告.xml", "需求调查表.html"] {
            #expect(names.contains(name), "missing \(name)")
        }
        // 节目预告 (issue 25): the month as XMLTV, one channel for the station; the survey sheet lists the topics to tick.
        let listing = try String(contentsOf: folder.appendingPathComponent("节目预告.xml"), encoding: .utf8)
        #expect(listing.contains("<channel id=\"shuangqiao.yuanjiao\">") && listing.contains("<programme start=\"202612"))
        let survey = try String(contentsOf: folder.appendingPathComponent("需求调查表.html"), encoding: .utf8)
        #expect(survey.contains("<th class=\"topic\">法律法规</th>") && survey.contains("意见（还想学什么）"))
        let manifest = try JSONDecoder().decode(
            BundleManifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        #expect(manifest.station == "shuangqiao")
        #expect(manifest.month == "2026-12")
        #expect(manifest.generated == "2026-11-28T02:00:00Z")
        let page = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("station").path).map { "station/" + $0 }
        #expect(manifest.files.map(\.name) == (names.filter { $0 != "manifest.json" && $0 != "station" } + page).sorted())
        #expect(manifest.files.allSatisfy { $0.sha256.count == 64 && $0.size > 0 })
        let paths = Set(scratch.plan.sessions.flatMap { $0.items.map(\.path) })
        #expect(manifest.courseware.map(\.path) == paths.sorted())
        #expect(manifest.courseware.allSatisfy { !$0.fingerprint.isEmpty && $0.size > 0 })
        // The notices are the pure writers' output; plan.json is the plan --json shape.
        let notice = try String(contentsOf: folder.appendingPathComponent("notice.txt"), encoding: .utf8)
        #expect(notice.hasPrefix("【本月学习安排】示例县双桥村远教站点"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("plan.json"))) as? [String: Any])
        #expect(json["month"] as? String == "2026-12")
        let station = try #require((json["stations"] as? [[String: Any]])?.first)
        #expect(station["id"] as? String == "shuangqiao")
        #expect((station["sessions"] as? [Any])?.count == 9)
    }

    @Test func verifyPassesThenCatchesChangedAndMissingFiles() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try scratch.writeBundle()
        let clean = Workspace.verify(bundle: folder, coursewareRoot: nil)
        #expect(clean.passed, "\(clean.problems)")
        #expect(clean.files == 22)  // 15, the station page's 5, 节目预告.xml and 需求调查表.html
        #expect(clean.coursewareChecked)  // where the playlists look: out/课件

        let notice = folder.appendingPathComponent("notice.txt")
        var text = try String(contentsOf: notice, encoding: .utf8)
        text = text.replacingOccurrences(of: "晚上七点", with: "晚上八点")  // same length, other bytes
        try Data(text.utf8).write(to: notice)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("playlist-2026-12-02.m3u8"))
        let damaged = Workspace.verify(bundle: folder, coursewareRoot: nil)
        #expect(!damaged.passed)
        #expect(damaged.problems.map(\.path).sorted() == ["notice.txt", "playlist-2026-12-02.m3u8"])
        #expect(damaged.problems.first { $0.path == "notice.txt" }?.kind == .checksum)
        #expect(damaged.problems.first { $0.path == "notice.txt" }?.detail.contains("SHA-256 不符") == true)
        #expect(damaged.problems.first { $0.path.hasPrefix("playlist") }?.kind == .missing)
        #expect(damaged.text.contains("损坏  notice.txt"))
    }

    @Test func verifyFindsCoursewareUnderAnotherRootAndCatchesDamage() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try scratch.writeBundle()
        // The station's disk holds the office's 课件 folder somewhere else.
        let disk = scratch.root.appendingPathComponent("station/disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: scratch.root.appendingPathComponent("office/课件"), to: disk.appendingPathComponent("课件"))
        let clean = Workspace.verify(bundle: folder, coursewareRoot: disk)
        #expect(clean.passed, "\(clean.problems)")
        #expect(clean.coursewareChecked)
        #expect(clean.courseware == 11)

        func file(_ topic: String, _ id: Int) -> URL {
            disk.appendingPathComponent("课件/\(topic)/\(id).mp4")
        }
        // Same size, one byte changed inside the last 64 KiB → fingerprint; truncated → size; deleted → missing.
        var bytes = try Data(contentsOf: file("agritech", 10))
        bytes[bytes.count - 10] ^= 0xFF
        try bytes.write(to: file("agritech", 10))
        try Data(try Data(contentsOf: file("law", 4)).prefix(1000)).write(to: file("law", 4))
        try FileManager.default.removeItem(at: file("ethics", 6))
        let report = Workspace.verify(bundle: folder, coursewareRoot: disk)
        let kinds = Dictionary(uniqueKeysWithValues: report.problems.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.kind) })
        #expect(kinds == ["10.mp4": .fingerprint, "4.mp4": .size, "6.mp4": .missing])
    }

    @Test func missingOrBrokenManifestIsReported() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try scratch.writeBundle()
        let manifest = folder.appendingPathComponent("manifest.json")
        try Data("{\"station\":".utf8).write(to: manifest)
        #expect(Workspace.verify(bundle: folder, coursewareRoot: nil).problems.map(\.kind) == [.manifest])
        try FileManager.default.removeItem(at: manifest)
        #expect(Workspace.verify(bundle: folder, coursewareRoot: nil).problems.map(\.kind) == [.missing])
    }

    @Test func rewritingDropsPlaylistsOfDaysNoLongerPlanned() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try scratch.writeBundle()
        let stale = folder.appendingPathComponent("playlist-2026-12-31.m3u8")
        try Data("#EXTM3U\n".utf8).write(to: stale)
        _ = try scratch.writeBundle()
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(Workspace.verify(bundle: folder, coursewareRoot: nil).passed)
    }

    @Test func noticeFromTheStoredPlan() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let document = try JSONEncoder().encode(NoticeFixtures.shuangqiaoPlan)
        try scratch.workspace.catalogue.storePlans([StoredPlan(station: "shuangqiao", month: "2026-12", document: document, items: [])])
        let text = try scratch.workspace.notice(
            stationFile: scratch.stationFile, stationID: "shuangqiao", month: NoticeFixtures.month, format: .text)
        #expect(text == (try LoudspeakerScript(NoticeFixtures.shuangqiaoInput).text()))

        #expect {
            try scratch.workspace.notice(stationFile: scratch.stationFile, stationID: "nowhere", month: NoticeFixtures.month, format: .html)
        } throws: { error in
            guard let error = error as? NoticeError else { return false }
            return error.exitCode == 2 && error.description == "Samples/stations.yaml: 没有编号为 nowhere 的站点。已有站点：shuangqiao、guangshun"
        }
        #expect {
            try scratch.workspace.notice(
                stationFile: scratch.stationFile, stationID: "guangshun", month: NoticeFixtures.month, format: .signin)
        } throws: { error in
            guard let error = error as? NoticeError else { return false }
            return error.exitCode == 1
                && error.description.hasSuffix("请先运行：yuanjiao plan --stations Samples/stations.yaml --month 2026-12")
        }
    }
}
