import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("Guides in the catalogue: import, linking, topics")
struct GuideLinkingTests {
    static let sampleGuide = TestWorkspace.repository.appendingPathComponent("Samples/guides/sample-guide.xml")
    static let gbGuide = TestWorkspace.repository.appendingPathComponent("Samples/guides/sample-guide-gb18030.xml")

    static let taxonomy = TopicTaxonomy(topics: [
        .init(id: "policy", label: "政策理论", keywords: ["政策", "党建"], folders: ["政策理论"], categories: ["党建", "政策"]),
        .init(id: "law", label: "法律法规", labelTraditional: "法律法規", keywords: ["法律", "宪法"], folders: ["法律法规"], categories: ["法制"]),
        .init(id: "agritech", label: "农业科技", keywords: ["大棚", "蔬菜", "水稻"], folders: ["农业科技"], categories: ["农业", "科技"]),
    ])

    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
    }

    func programmeCount() throws -> Int {
        try catalogue.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM programme") ?? 0 }
    }

    @Test("importing the same guide twice changes nothing; both encodings import")
    func idempotentImport() throws {
        let first = try catalogue.importGuide(at: Self.sampleGuide)
        #expect(first.changed == first.read)
        #expect(first.read == 19)
        let again = try catalogue.importGuide(at: Self.sampleGuide)
        #expect(again.changed == 0)
        let gb = try catalogue.importGuide(at: Self.gbGuide)
        #expect(gb.read == 5)
        #expect(try programmeCount() == 24)
    }

    @Test("a newer guide for the same channel and start replaces the older entry")
    func newerGuideWins() throws {
        _ = try catalogue.importGuide(at: Self.sampleGuide)
        try workspace.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tv><programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="CCTV-7">
            <title lang="zh">科技苑（更正）</title></programme></tv>
            """, to: "newer.xml")
        let newer = try catalogue.importGuide(at: URL(fileURLWithPath: workspace.path("newer.xml")))
        #expect(newer.changed == 1)
        #expect(try programmeCount() == 19)
        let titles = try catalogue.pool.read { db in
            try String.fetchAll(db, sql: "SELECT title FROM programme WHERE title LIKE '科技苑%'")
        }
        #expect(titles == ["科技苑（更正）"])
    }

    @Test("a malformed or hostile guide imports nothing and says where", arguments: [
        "malformed.xml", "billion-laughs.xml", "external-entity-file.xml",
    ])
    func hostileGuide(fixture: String) throws {
        let url = TestWorkspace.repository.appendingPathComponent("Tests/ProgrammeGuideTests/Fixtures/" + fixture)
        let folder = try workspace.copySamples(["法律法规/宪法宣传教育.mp3"])
        let report = try catalogue.index(roots: [folder], guides: [url])
        #expect(report.added == 1)
        #expect(report.failed.isEmpty)
        let failure = try #require(report.guides.first)
        #expect(failure.path == url.path)
        #expect(failure.error.contains(fixture))
        #expect(try programmeCount() == 0)
    }

    @Test("recordings link by file name, by creation_time and service, by title; the guide title wins")
    func linking() throws {
        let folder = try workspace.copySamples([
            "卫星接收/CCTV7_20261201_1900.ts", "卫星接收/CCTV7_20261202_1930.ts", "卫星接收/先锋频道-2026-12-03-19-00.mp4",
        ])
        let report = try catalogue.index(roots: [folder], guides: [Self.sampleGuide], taxonomy: Self.taxonomy)
        #expect(report.linked == 3)
        let methods = try catalogue.pool.read { db in
            try String.fetchAll(db, sql: "SELECT method FROM resourceProgramme ORDER BY resourceId")
        }
        #expect(methods.allSatisfy { $0 == "filename" })
        let keji = try #require(try catalogue.search("科技苑").results.first)
        let details = try catalogue.details(id: keji.id)
        #expect(details.title == "科技苑")
        #expect(details.programmes.first?.subTitle == "冬季大棚蔬菜防冻技术")
        #expect(details.metadata["service_name"] == nil || details.metadata["service_name"] != "")
    }

    @Test("a renamed recording links by creation_time and service name")
    func linkingByCreationTime() throws {
        try workspace.copySamples(["卫星接收/先锋频道-2026-12-03-19-00.mp4"])
        try workspace.move("courseware/卫星接收/先锋频道-2026-12-03-19-00.mp4", to: "courseware/录像/第一批.mp4")
        let report = try catalogue.index(roots: [workspace.path("courseware")], guides: [Self.sampleGuide])
        #expect(report.linked == 1)
        let method = try catalogue.pool.read { db in try String.fetchOne(db, sql: "SELECT method FROM resourceProgramme") }
        #expect(method == "creation-time")
    }

    @Test("a recording whose tag title equals a programme title links by title")
    func linkingByTitle() throws {
        let folder = try workspace.copySamples(["农业科技/水稻育秧技术.mp4"])
        try workspace.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tv><channel id="NGTD"><display-name>农广天地</display-name></channel>
            <programme start="20261110190000 +0800" stop="20261110193000 +0800" channel="NGTD">
            <title lang="zh">水稻育秧技术</title><desc>工厂化育秧要点。</desc><category>农业</category></programme></tv>
            """, to: "title.xml")
        let report = try catalogue.index(roots: [folder], guides: [URL(fileURLWithPath: workspace.path("title.xml"))])
        #expect(report.linked == 1)
        let method = try catalogue.pool.read { db in try String.fetchOne(db, sql: "SELECT method FROM resourceProgramme") }
        #expect(method == "title")
    }

    @Test("topic rules suggest from guide categories, folders and keywords, each with its provenance")
    func topicProvenance() throws {
        let folder = try workspace.copySamples(["卫星接收/CCTV7_20261202_1930.ts", "法律法规/宪法宣传教育.mp3"])
        _ = try catalogue.index(roots: [folder], guides: [Self.sampleGuide], taxonomy: Self.taxonomy)
        let rows = try catalogue.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.path, rt.topic, rt.source, rt.reason, rt.confirmed FROM resourceTopic rt
                JOIN resource r ON r.id = rt.resourceId ORDER BY r.path, rt.topic, rt.source
                """)
        }
        let described = rows.map { "\(($0["path"] as String).hasSuffix(".ts") ? "ts" : "mp3") \($0["topic"] as String) \($0["source"] as String) \($0["reason"] as String)" }
        #expect(described.contains("ts law guide 节目单分类「法制」"))
        #expect(described.contains("mp3 law rule 文件夹 法律法规/"))
        #expect(rows.allSatisfy { $0["confirmed"] == false })
    }
}
