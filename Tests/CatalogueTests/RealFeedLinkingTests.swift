import Foundation
import GRDB
import MediaProbe
import Testing
@testable import Catalogue

/// Issue 26's linking rules on a real Chinese feed: an excerpt of 5iClub/CN.EPG (see
/// Tests/ProgrammeGuideTests/Fixtures/PROVENANCE.md), one evening of twelve channels, CCTV5+ declared three
/// times under three names. Recordings are made up from its programmes the way receivers name and tag them.
@Suite("Linking on a real Chinese feed: no wrong link for any kind of recording")
struct RealFeedLinkingTests {
    static let excerpt = TestWorkspace.repository.appendingPathComponent(
        "Tests/ProgrammeGuideTests/Fixtures/cn-epg-excerpt.xml")
    static let beijing = TimeZone(identifier: "Asia/Shanghai") ?? .gmt

    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.importGuide(at: Self.excerpt)
    }

    @Test("every programme of the evening: named, serviced, time-only and title-only recordings never link wrongly")
    func auditEveryProgramme() throws {
        let audit = try catalogue.auditLinking(stride: 1, limit: 1000, aliases: try TestWorkspace.channelAliases())
        #expect(audit.sampled == 55)
        #expect(audit.wrongExamples == [])
        for kind in LinkAudit.Recording.allCases {
            #expect(audit.tallies[kind]?.wrong == 0, "\(kind)")
        }
        // A file name or a service name says the channel: each links to its own programme.
        #expect(audit.tallies[.fileName]?.right == 55)
        #expect(audit.tallies[.serviceAndTime]?.right == 55)
        // 19:30 starts on several channels at once: a time alone cannot tell them apart.
        #expect((audit.tallies[.creationTime]?.ambiguous ?? 0) > 0)
    }

    @Test("a channel declared three times keeps all three names: 「CCTV5plus」 finds CCTV5+, never CCTV5")
    func repeatedChannelNames() throws {
        let names = try catalogue.pool.read { db in
            try String.fetchOne(db, sql: "SELECT names FROM channel WHERE id = 'CCTV5+'")
        }
        #expect(names?.split(separator: "\n") == ["CCTV5+", "CCTV5plus", "CCTV5PLUS"])
        let plus = try #require(try catalogue.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM programme WHERE channel = 'CCTV5+' AND start = ?",
                               arguments: [1_786_966_200.0])  // 2026-08-17 19:30 +0800
        })
        let outcome = try catalogue.pool.write { db in
            try RecordingLinker.foldNewTitles(db)
            return try RecordingLinker(db: db, timeZone: Self.beijing, aliases: try TestWorkspace.channelAliases())
                .link(path: "/录像/CCTV5plus_20260817_1930.ts", title: "x", media: nil)
        }
        #expect(outcome == .linked(programme: plus, method: .filename))
    }
}
