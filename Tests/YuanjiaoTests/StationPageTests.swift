import ChineseText
import Foundation
import Notices
import Planner
import Testing
@testable import Yuanjiao

/// The station page every bundle carries (`index.html`, `station/…`): what it embeds and how.
@Suite("Station page")
struct StationPageTests {
    @Test func everyBundleCarriesThePageAndVerifyAcceptsIt() throws {
        let scratch = try NoticeBundleTests.Scratch()
        defer { scratch.remove() }
        let folder = try scratch.writeBundle()
        for name in ["index.html", "station/page.js", "station/page.css", "station/fold.js", "station/data.js"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let manifest = try JSONDecoder().decode(BundleManifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
        #expect(manifest.files.map(\.name).contains("station/data.js"))
        let report = Workspace.verify(bundle: folder, coursewareRoot: nil)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<script src=\"station/data.js\"></script>"))
        #expect(!html.contains("type=\"module\""))
    }

    @Test func verifyAcceptsTheStationsOwnPlayLogsButNotALinkedPageFolder() throws {
        let scratch = try NoticeBundleTests.Scratch()
        defer { scratch.remove() }
        let folder = try scratch.writeBundle()
        try Data("start,end,file,station\n".utf8).write(to: folder.appendingPathComponent("playlog-2026-12.csv"))
        try Data("start,end,file,station\n".utf8).write(to: folder.appendingPathComponent("playlog-2026-12-网页.csv"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("playlog-notes.csv"))
        let report = Workspace.verify(bundle: folder, coursewareRoot: nil)
        #expect(report.problems.map(\.path) == ["playlog-notes.csv"])
        let page = folder.appendingPathComponent("station")
        let elsewhere = scratch.root.appendingPathComponent("elsewhere")
        try FileManager.default.moveItem(at: page, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: page, withDestinationURL: elsewhere)
        let linked = Workspace.verify(bundle: folder, coursewareRoot: nil)
        #expect(linked.problems.contains { $0.path == "station/data.js" && $0.kind == .notRegular })
    }

    @Test func dataListsTheManifestsCoursewareAndLinksOnlyNoticesPresent() throws {
        let input = NoticeFixtures.shuangqiaoInput
        let paths = Array(Set(input.plan.sessions.flatMap { $0.items.map(\.path) })).sorted()
        let courseware = paths.map { BundleManifest.Courseware(path: $0, size: 1, fingerprint: "", bundlePath: "../课件/" + ($0 as NSString).lastPathComponent) }
        let extra = BundleManifest.Courseware(path: "/srv/资料/种植手册.pdf", size: 1, fingerprint: "", bundlePath: "../课件/种植手册.pdf")
        let data = StationPageData(
            input: input, files: ["notice.html", "说明.txt"], courseware: courseware + [extra],
            references: [:], pinyin: nil)
        #expect(data.library.count == paths.count + 1)
        let document = try #require(data.library.last)
        #expect(document.kind == "document" && !document.plays && document.title == "种植手册")
        #expect(data.notices.map(\.file) == ["notice.html", "说明.txt"])
        let withGuide = StationPageData(
            input: input, files: ["节目预告.xml"], courseware: [], references: [:], pinyin: nil)
        #expect(withGuide.notices.map(\.title) == ["节目预告"])
    }

    @Test func hostileTitlesCannotCloseTheScript() throws {
        var input = NoticeFixtures.shuangqiaoInput
        input.plan.sessions[0].items[0].title = "</script><img src=x onerror=alert(1)>\"'"
        input.plan.sessions[0].items[0].why = "<script>alert(2)</script>\u{2028}"
        let data = StationPageData(input: input, files: [], courseware: [], references: [:], pinyin: nil)
        let script = String(decoding: try data.script(), as: UTF8.self)
        #expect(!script.contains("<"))
        #expect(!script.contains("\u{2028}"))
        #expect(script.contains("\\u003c/script>\\u003cimg src=x onerror=alert(1)>\\\"'"))
    }

    @Test func pinyinCoversTheFoldedCharactersOfTitles() throws {
        let table = try PinyinTable(parsing: "6CD5 fa\n5F8B lv\n884C xing hang\n")
        let readings = StationPageData.readings(of: ["法律", "銀行"], table: table)
        #expect(readings["法"] == "fa" && readings["律"] == "lv")
        #expect(readings["行"] == "xing hang")
    }

    @Test func foldingMapsTraditionalToSimplified() {
        let text = String(decoding: StationPageFolding.script, as: UTF8.self)
        #expect(text.contains("電电"))
        #expect(text.utf8.count < 64_000)
    }
}
