import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("Linking by title prefers the premiere; an empty guide title never wipes a recording's")
struct TitleLinkingTests {
    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
    }

    func guide(_ programmes: String) throws -> URL {
        try workspace.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\(programmes)</tv>\n", to: "title.xml")
        return URL(fileURLWithPath: workspace.path("title.xml"))
    }

    func linkedStart() throws -> Double? {
        try catalogue.pool.read { db in
            try Double.fetchOne(db, sql: "SELECT p.start FROM resourceProgramme rp JOIN programme p ON p.id = rp.programmeId")
        }
    }

    @Test("the first airing wins over later reruns, whatever their order in the guide")
    func premiere() throws {
        let folder = try workspace.copySamples(["农业科技/水稻育秧技术.mp4"])
        let url = try guide("""
            <programme start="20261115190000 +0800" channel="NGTD"><title>水稻育秧技术</title></programme>
            <programme start="20261110190000 +0800" channel="NGTD"><title>水稻育秧技术</title></programme>
            """)
        let report = try catalogue.index(roots: [folder], guides: [url])
        #expect(report.linked == 1)
        let premiere = try #require(XMLTVDateForTests.seconds("20261110190000 +0800"))
        #expect(try linkedStart() == premiere)
    }

    @Test("an airing marked <premiere> wins over one marked <previously-shown>, even an earlier one")
    func markedPremiere() throws {
        let folder = try workspace.copySamples(["农业科技/水稻育秧技术.mp4"])
        let url = try guide("""
            <programme start="20261110190000 +0800" channel="NGTD"><title>水稻育秧技术</title><previously-shown/></programme>
            <programme start="20261115190000 +0800" channel="CCTV-17"><title>水稻育秧技术</title><premiere/></programme>
            """)
        let report = try catalogue.index(roots: [folder], guides: [url])
        #expect(report.linked == 1)
        #expect(try linkedStart() == XMLTVDateForTests.seconds("20261115190000 +0800"))
    }

    @Test("two first airings at the same time on different channels link neither")
    func tie() throws {
        let folder = try workspace.copySamples(["农业科技/水稻育秧技术.mp4"])
        let url = try guide("""
            <programme start="20261110190000 +0800" channel="NGTD"><title>水稻育秧技术</title></programme>
            <programme start="20261110190000 +0800" channel="CCTV-17"><title>水稻育秧技术</title></programme>
            """)
        let report = try catalogue.index(roots: [folder], guides: [url])
        #expect(report.linked == 0)
    }

    @Test("a programme with an empty title links but keeps the recording's title; a re-import keeps the old title")
    func emptyTitle() throws {
        let folder = try workspace.copySamples(["卫星接收/CCTV7_20261201_1900.ts"])
        let url = try guide("""
            <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="CCTV-7"><title></title></programme>
            """)
        let report = try catalogue.index(roots: [folder], guides: [url])
        #expect(report.linked == 1)
        let title = try catalogue.pool.read { db in try String.fetchOne(db, sql: "SELECT title FROM resource") }
        #expect(title?.isEmpty == false)

        let named = try guide("""
            <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="CCTV-7"><title>科技苑</title></programme>
            """)
        _ = try catalogue.importGuide(at: named)
        _ = try catalogue.importGuide(at: url)
        let kept = try catalogue.pool.read { db in try String.fetchOne(db, sql: "SELECT title FROM programme") }
        #expect(kept == "科技苑")
    }
}

enum XMLTVDateForTests {
    /// `20261110190000 +0800` → seconds since 1970.
    static func seconds(_ text: String) -> Double? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMddHHmmss Z"
        return formatter.date(from: text)?.timeIntervalSince1970
    }
}
