import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("resource rows read without Codable")
struct ResourceRowDecodingTests {
    @Test("GRDB's date text reads to the same instant as GRDB's own decoding", arguments: [
        "1970-01-01 00:00:00.000", "2026-12-01 18:04:46.123", "2024-02-29 23:59:59.999", "1969-12-31 23:59:59",
        "2000-03-01 00:00", "2100-02-28 12:30:00.5xx",
    ])
    func dates(text: String) throws {
        let grdb = Date.fromDatabaseValue(text.databaseValue)
        let ours = DatabaseDateText.date(text)
        if text.hasSuffix("xx") {
            #expect(ours == nil)
            return
        }
        let expected = try #require(grdb)
        let read = try #require(ours)
        #expect(abs(read.timeIntervalSince1970 - expected.timeIntervalSince1970) < 0.000_001, "\(text)")
    }

    @Test("impossible dates are left to GRDB", arguments: ["2025-02-29 00:00:00", "2026-13-01 00:00:00", "2026-1-01 00:00:00"])
    func impossible(text: String) {
        #expect(DatabaseDateText.date(text) == nil)
    }

    @Test("a stored row reads back field for field")
    func roundTrip() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let added = Date(timeIntervalSince1970: 1_764_612_286.123)
        var row = ResourceRow(
            id: nil, path: "/课件/法律.mp4", size: 42, mtime: 1.5, fingerprint: "f", status: .missing, title: "法律",
            titleSource: .guide, format: "mp4", duration: 60, bitRate: 1000, media: nil, addedAt: added,
            updatedAt: added.addingTimeInterval(1), missingSince: added.addingTimeInterval(2))
        try catalogue.pool.write { db in try row.insert(db) }
        let read = try #require(try catalogue.pool.read { db in try ResourceRow.fetchOne(db, key: row.id) })
        #expect(read.id == row.id && read.path == row.path && read.status == .missing && read.titleSource == .guide)
        #expect(read.duration == 60 && read.bitRate == 1000 && read.media == nil && read.format == "mp4")
        #expect(abs(read.addedAt.timeIntervalSince(added)) < 0.001)
        #expect(abs((read.missingSince ?? .distantPast).timeIntervalSince(added) - 2) < 0.001)
    }
}
