import Foundation
import GRDB
import Testing
@testable import Catalogue

/// Issue 26, end to end: `index` with a guide and a recording that carries only a creation time which two
/// channels fit stores the candidates, links nothing, and the review queue shows them.
@Suite("Indexing keeps an ambiguous recording's link candidates for review")
struct LinkCandidatesIndexTests {
    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
    }

    /// Two channels air a 30-minute programme at 2026-12-03 19:00 +08:00, the sample recording's creation time.
    static let twoChannels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tv>
        <channel id="湖南卫视"><display-name lang="zh">湖南卫视</display-name></channel>
        <channel id="河北卫视"><display-name lang="zh">河北卫视</display-name></channel>
        <programme start="20261203190000 +0800" stop="20261203193000 +0800" channel="湖南卫视"><title lang="zh">乡村大舞台</title></programme>
        <programme start="20261203190000 +0800" stop="20261203193000 +0800" channel="河北卫视"><title lang="zh">三农新闻</title></programme>
        </tv>
        """

    @Test("index → nothing linked, both candidates stored and shown in review")
    func ambiguousRecording() throws {
        try workspace.copySamples(["卫星接收/先锋频道-2026-12-03-19-00.mp4"])
        try workspace.move("courseware/卫星接收/先锋频道-2026-12-03-19-00.mp4", to: "courseware/录像/录像0001.mp4")
        try workspace.write(Self.twoChannels, to: "guide.xml")
        let report = try catalogue.index(
            roots: [workspace.path("courseware")], guides: [URL(fileURLWithPath: workspace.path("guide.xml"))])
        #expect(report.added == 1)
        #expect(report.programmes == 2)
        #expect(report.linked == 0)
        let links = try catalogue.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM resourceProgramme") }
        #expect(links == 0)
        let stored = try catalogue.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM linkCandidate") }
        #expect(stored == 2)

        let item = try #require(try catalogue.reviewQueue().items.first { $0.path.hasSuffix("录像0001.mp4") })
        let candidates = try #require(item.linkCandidates)
        #expect(Set(candidates.map(\.channel)) == ["湖南卫视", "河北卫视"])
        #expect(Set(candidates.map(\.title)) == ["乡村大舞台", "三农新闻"])
        let seven = Date(timeIntervalSince1970: 1_796_295_600)  // 2026-12-03 11:00:00 UTC
        #expect(candidates.allSatisfy { $0.start == seven })
    }

    @Test("indexing the same folder and guide again keeps each candidate once")
    func candidatesSettle() throws {
        try workspace.copySamples(["卫星接收/先锋频道-2026-12-03-19-00.mp4"])
        try workspace.move("courseware/卫星接收/先锋频道-2026-12-03-19-00.mp4", to: "courseware/录像/录像0001.mp4")
        try workspace.write(Self.twoChannels, to: "guide.xml")
        let guide = URL(fileURLWithPath: workspace.path("guide.xml"))
        _ = try catalogue.index(roots: [workspace.path("courseware")], guides: [guide])
        _ = try catalogue.index(roots: [workspace.path("courseware")], guides: [guide])
        let stored = try catalogue.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM linkCandidate") }
        #expect(stored == 2)
    }
}
