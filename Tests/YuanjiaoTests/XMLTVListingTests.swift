import Foundation
import Notices
import Planner
import Testing
@testable import Yuanjiao

/// 节目预告.xml: XMLTV valid against the shipped xmltv.dtd (by `xmllint --dtdvalid`) and read back by our guide import.
@Suite struct XMLTVListingTests {
    static var repository: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    static func xmllint(_ file: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--dtdvalid", repository.appendingPathComponent("Catalog/xmltv/xmltv.dtd").path, file.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func monthIsValidXMLTVAndReimports() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let listing = XMLTVListing([NoticeFixtures.shuangqiaoInput, NoticeFixtures.guangshunInput])
        let xml = listing.xml()
        let file = scratch.root.appendingPathComponent(XMLTVListing.bundleFileName)
        try Data(xml.utf8).write(to: file)
        let lint = try Self.xmllint(file)
        #expect(lint.status == 0, "\(lint.output)")
        #expect(xml.contains("<channel id=\"shuangqiao.yuanjiao\">"))
        #expect(xml.contains("<display-name lang=\"zh\">"))
        #expect(xml.contains("<category lang=\"zh\">法律法规</category>"))
        #expect(xml.contains(" +0800\" channel=\"shuangqiao.yuanjiao\""))
        let items = [NoticeFixtures.shuangqiaoInput, NoticeFixtures.guangshunInput]
            .flatMap(\.sessions).reduce(0) { $0 + max(1, $1.items.count) }
        let imported = try scratch.workspace.index(paths: [], guides: [file.path])
        #expect(imported.programmes == items)
    }

    @Test func offsetAndMidnightAreWrittenAsXMLTVStamps() throws {
        var plan = NoticeFixtures.shuangqiaoPlan
        plan.sessions = [PlannedSession(
            date: try LocalDate(parsing: "2026-12-31"), start: try TimeOfDay(parsing: "23:00"), end: try TimeOfDay(parsing: "23:59"),
            kind: .weekly, items: [PlannedItem(id: 1, title: "跨年<讲座>", topic: "policy", startOffset: 0, durationSeconds: 7200, path: "a.mp4", why: "")])]
        var input = NoticeFixtures.shuangqiaoInput
        input.plan = plan
        let xml = XMLTVListing([input], utcOffsetSeconds: 8 * 3600).xml()
        #expect(xml.contains("start=\"20261231230000 +0800\" stop=\"20270101010000 +0800\""))
        #expect(xml.contains("<title lang=\"zh\">跨年&lt;讲座&gt;</title>"))
    }
}
