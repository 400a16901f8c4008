import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Notices
import Planner
import Testing
import Yuanjiao

/// A bundle copied with its courseware to another place, the originals moved away: every playlist entry
/// still opens from the playlist's own folder, as VLC and PotPlayer resolve it.
@Suite("Portable station bundles")
struct BundlePortabilityTests {
    typealias Scratch = NoticeBundleTests.Scratch

    @Test func besideLayoutPlaysAfterCopyingBundleAndCoursewareElsewhere() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = try scratch.writeReport()
        #expect(report.linked == 11 && report.copied == 0)
        let station = scratch.root.appendingPathComponent("station/D盘/远教")
        try FileManager.default.createDirectory(at: station, withIntermediateDirectories: true)
        for name in ["shuangqiao", "课件"] {
            try FileManager.default.copyItem(at: scratch.out.appendingPathComponent(name), to: station.appendingPathComponent(name))
        }
        try moveAway(scratch)
        let bundle = station.appendingPathComponent("shuangqiao")
        try PlaylistResolution.assertEveryEntryOpens(in: bundle, expectedEntries: 19)
        let verified = Workspace.verify(bundle: bundle, coursewareRoot: nil, full: true)
        #expect(verified.passed, "\(verified.problems)")
        #expect(verified.fullChecked && verified.coursewareChecked)
        let guide = try String(contentsOf: bundle.appendingPathComponent("说明.txt"), encoding: .utf8)
        #expect(try Data(contentsOf: bundle.appendingPathComponent("说明.txt")).starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(guide.contains("示例县双桥村远教站点 2026年12月下发包"))
        #expect(guide.contains("把“shuangqiao”文件夹和“课件”文件夹一起复制"))
        #expect(guide.contains("\r\n"))
    }

    @Test func insideLayoutIsOneFolderPerStation() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = try scratch.writeReport(BundleOptions(placement: .inside, withCourseware: true, maxSize: 1_000))
        #expect(report.linked == 11)
        #expect(report.warnings.map(\.kind) == [.tooLarge])
        #expect(report.text.contains { $0.contains("超过 --max-size") })
        let stick = scratch.root.appendingPathComponent("U盘")
        try FileManager.default.createDirectory(at: stick, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: scratch.out.appendingPathComponent("shuangqiao"), to: stick.appendingPathComponent("shuangqiao"))
        try moveAway(scratch)
        let bundle = stick.appendingPathComponent("shuangqiao")
        try PlaylistResolution.assertEveryEntryOpens(in: bundle, expectedEntries: 19)
        #expect(Workspace.verify(bundle: bundle, coursewareRoot: nil, full: true).passed)
        let m3u8 = try String(contentsOf: bundle.appendingPathComponent("playlist-2026-12-06.m3u8"), encoding: .utf8)
        #expect(m3u8.contains("\n课件/policy/2.mp4\n"))
    }

    @Test func namesUnsafeOnWindowsAreMappedAndStillOpen() throws {
        var scratch = try Scratch()
        defer { scratch.remove() }
        let awkward = ["第1讲: 政策?.mp4", "50% 完成 #2 & 总结.mp4", "CON.mp4", "结尾带点.", "a.MP4", "A.mp4"]
        let office = scratch.root.appendingPathComponent("office/课件/其他")
        try FileManager.default.createDirectory(at: office, withIntermediateDirectories: true)
        for (index, name) in awkward.enumerated() {
            try Data(repeating: UInt8(index), count: 1000 + index).write(to: office.appendingPathComponent(name))
            var item = scratch.plan.sessions[0].items[0]
            item.id = Int64(100 + index)
            item.path = office.appendingPathComponent(name).path
            scratch.plan.sessions[0].items.append(item)
        }
        let report = try scratch.writeReport(BundleOptions(placement: .inside, withCourseware: true))
        let bundle = try #require(report.folders.first)
        let manifest = try JSONDecoder().decode(BundleManifest.self, from: Data(contentsOf: bundle.appendingPathComponent("manifest.json")))
        let mapped = Dictionary(uniqueKeysWithValues: manifest.courseware.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.bundlePath ?? "") })
        #expect(mapped["第1讲: 政策?.mp4"] == "课件/其他/第1讲： 政策？.mp4")
        #expect(mapped["50% 完成 #2 & 总结.mp4"] == "课件/其他/50％ 完成 ＃2 & 总结.mp4")
        #expect(mapped["CON.mp4"] == "课件/其他/_CON.mp4")
        #expect(mapped["结尾带点."] == "课件/其他/结尾带点")
        #expect(Set([mapped["a.MP4"], mapped["A.mp4"]]) == Set(["课件/其他/A.mp4", "课件/其他/a~2.MP4"]))
        for path in mapped.values {
            #expect(!path.contains { ":*?\"<>|\\#%".contains($0) }, "\(path)")
        }
        let guide = try String(contentsOf: bundle.appendingPathComponent("说明.txt"), encoding: .utf8)
        #expect(guide.contains("第1讲: 政策?.mp4 → 课件/其他/第1讲： 政策？.mp4"))
        try FileManager.default.moveItem(at: scratch.root.appendingPathComponent("office"), to: scratch.root.appendingPathComponent("gone"))
        try PlaylistResolution.assertEveryEntryOpens(in: bundle, expectedEntries: nil)
    }

    @Test func openDayPlaylistLoopsOverTheWholeDay() throws {
        let plan = NoticeFixtures.shuangqiaoPlan
        let openDay = try #require(plan.sessions.first { $0.kind == .openDay && !$0.items.isEmpty })
        let text = try #require(M3U8Playlist.daily(plan).first { $0.date == openDay.date }).text()
        let played = text.split(separator: "\n").filter { $0.hasPrefix("#EXTINF:") }
            .compactMap { Int($0.dropFirst(8).split(separator: ",")[0]) }.reduce(0, +)
        #expect(played >= openDay.minutes * 60)
        #expect(text.contains("# 开放日全天循环"))
        #expect(try LoudspeakerScript(NoticeFixtures.shuangqiaoInput).text().contains("开放日站点全天循环播放《"))
    }

    @Test func portableNamesAndStationIDs() {
        #expect(StationIDRule.problem("shuangqiao") == nil)
        #expect(StationIDRule.problem("con") != nil)
        #expect(StationIDRule.problem("com1") != nil)
        #expect(StationIDRule.problem(String(repeating: "a", count: 65)) != nil)
        #expect(StationIDRule.problem("-x") != nil)
        #expect(BundleOptions.parseSize("32G") == 32_000_000_000)
        #expect(BundleOptions.parseSize("500 MB") == 500_000_000)
        #expect(BundleOptions.parseSize("zwei") == nil)
        // stations check refuses them where they are written.
        for id in ["con", String(repeating: "x", count: 65)] {
            let report = StationFileFixtures.check(text: "county: 县\ncalendar: CN-2026\nstations:\n  - id: \(id)\n")
            #expect(StationFileFixtures.lines(report).first?.hasPrefix("4:9: 站点编号 \(id) 不能用作下发包的文件夹名") == true,
                    "\(StationFileFixtures.lines(report))")
        }
    }

    /// The office's courseware and the written bundles moved away, so nothing resolves to them by chance.
    private func moveAway(_ scratch: Scratch) throws {
        let gone = scratch.root.appendingPathComponent("gone")
        try FileManager.default.createDirectory(at: gone, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: scratch.root.appendingPathComponent("office"), to: gone.appendingPathComponent("office"))
        try FileManager.default.moveItem(at: scratch.out, to: gone.appendingPathComponent("out"))
    }
}

/// Resolves playlist entries as a player does: an M3U8 line that is not a comment is a path relative to the
/// playlist's folder; an XSPF location is a URI reference resolved against the playlist's URI.
enum PlaylistResolution {
    static func assertEveryEntryOpens(in bundle: URL, expectedEntries: Int?, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: bundle.path)
        var resolved = 0
        for name in names where name.hasSuffix(".m3u8") {
            let text = try String(contentsOf: bundle.appendingPathComponent(name), encoding: .utf8)
            let lines = text.components(separatedBy: "\n").filter { !$0.isEmpty }
            #expect(lines.first == "#EXTM3U", sourceLocation: sourceLocation)
            for (index, line) in lines.enumerated() where !line.hasPrefix("#") {
                #expect(lines[index - 1].hasPrefix("#EXTINF:"), "\(name): \(line)", sourceLocation: sourceLocation)
                #expect(!line.hasPrefix("/") && !line.contains("\\") && !line.contains("#") && !line.contains("%"), "\(line)", sourceLocation: sourceLocation)
                let target = URL(fileURLWithPath: line, relativeTo: bundle).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: target.path), "\(name): \(line) → \(target.path)", sourceLocation: sourceLocation)
            }
        }
        let playlistURL = bundle.appendingPathComponent("playlist.xspf")
        let xml = try Data(contentsOf: playlistURL)
        let reader = XSPFLocations()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        #expect(parser.parse(), "playlist.xspf is not well-formed", sourceLocation: sourceLocation)
        #expect(reader.root == "playlist" && reader.version == "1" && reader.namespace == "http://xspf.org/ns/0/", sourceLocation: sourceLocation)
        #expect(reader.trackListCount == 1, sourceLocation: sourceLocation)
        for location in reader.locations {
            let url = try #require(URL(string: location, relativeTo: playlistURL), "\(location)", sourceLocation: sourceLocation)
            #expect(url.isFileURL, sourceLocation: sourceLocation)
            #expect(FileManager.default.fileExists(atPath: url.standardizedFileURL.path), "\(location) → \(url.path)", sourceLocation: sourceLocation)
            resolved += 1
        }
        if let expectedEntries { #expect(resolved == expectedEntries, sourceLocation: sourceLocation) }
        #expect(resolved > 0, sourceLocation: sourceLocation)
    }
}

/// What the XSPF schema asks of our playlists: root `playlist` version 1 in the XSPF namespace, one
/// `trackList`, and each track's `location` a URI.
final class XSPFLocations: NSObject, XMLParserDelegate {
    var root: String?
    var version: String?
    var namespace: String?
    var trackListCount = 0
    var locations: [String] = []
    private var text: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil {
            root = name
            version = attributes["version"]
            namespace = attributes["xmlns"]
        }
        if name == "trackList" { trackListCount += 1 }
        if name == "location" { text = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "location", let text {
            locations.append(text)
            self.text = nil
        }
    }
}
