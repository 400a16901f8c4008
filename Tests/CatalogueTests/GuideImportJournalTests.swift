import Foundation
import GRDB
import ProgrammeGuide
import Testing
@testable import Catalogue

@Suite("A guide import into an empty catalogue writes its pages once (rollback journal), else through the WAL")
struct GuideImportJournalTests {
    let workspace: TestWorkspace

    init() throws {
        workspace = try TestWorkspace()
    }

    static let programmeCount = 3000

    /// Enough programmes that their pages (≈ 1 MB) dwarf what a WAL holds when the import did not go through it.
    func guide(_ name: String = "g.xml", channels: Bool = true, programmes: Int = programmeCount) throws -> URL {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<tv>"]
        if channels { lines += ["<channel id=\"A\"><display-name>频道甲</display-name></channel>"] }
        let first = 1_796_054_400  // 2026-12-01 00:00 +0800
        for index in 0..<programmes {
            let start = Date(timeIntervalSince1970: Double(first + index * 1800))
            let stop = start.addingTimeInterval(1800)
            lines.append("<programme start=\"\(Self.stamp(start))\" stop=\"\(Self.stamp(stop))\" channel=\"A\">"
                + "<title>节目\(index)</title><desc>第\(index)期，\(String(repeating: "介绍", count: 60))</desc></programme>")
        }
        lines.append("</tv>")
        try workspace.write(lines.joined(separator: "\n"), to: name)
        return URL(fileURLWithPath: workspace.path(name))
    }

    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyyMMddHHmmss"
        return formatter.string(from: date) + " +0800"
    }

    func walBytes(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int) ?? 0
    }

    func programmes(_ catalogue: Catalogue) throws -> Int {
        try catalogue.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM programme") ?? -1 }
    }

    func journalMode(_ catalogue: Catalogue) throws -> String? {
        try catalogue.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    }

    @Test("into an empty catalogue: the pages go straight into the file, and WAL mode is back afterwards")
    func direct() throws {
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try programmes(catalogue)  // an idle reader of this process does not keep the import in WAL mode
        let url = try guide()
        #expect(try catalogue.importGuide(at: url).changed == Self.programmeCount)
        // Through the WAL the import's pages would all be in it (the checkpoint copies, never shrinks, the file).
        #expect(walBytes(workspace.catalogPath) < 200_000)
        #expect(!FileManager.default.fileExists(atPath: workspace.catalogPath + "-journal"))
        #expect(try journalMode(catalogue) == "wal")
        #expect(try programmes(catalogue) == Self.programmeCount)
        // A table that has programmes: the import goes through the WAL as before and changes nothing.
        #expect(try catalogue.importGuide(at: url).changed == 0)
        #expect(try journalMode(catalogue) == "wal")
    }

    @Test("with the catalogue open elsewhere (the console), the import stays in WAL mode and the other keeps reading")
    func shared() throws {
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let console = try Catalogue(path: workspace.catalogPath)
        #expect(try programmes(console) == 0)
        let url = try guide()
        #expect(try catalogue.importGuide(at: url).changed == Self.programmeCount)
        #expect(walBytes(workspace.catalogPath) > 1_000_000)
        #expect(try programmes(console) == Self.programmeCount)
        #expect(try journalMode(console) == "wal")
    }

    @Test("a killed import leaves the catalogue as before: the next open rolls its journal back")
    func killed() throws {
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.importGuide(at: guide("channels.xml", programmes: 0))
        let channelsBefore = try catalogue.pool.read { try Row.fetchAll($0, sql: "SELECT * FROM channel ORDER BY id") }
        let url = try guide()
        let copy = workspace.path("killed.sqlite")
        catalogue.pool.invalidateReadOnlyConnections()
        try catalogue.pool.writeWithoutTransaction { db in
            #expect(GuideImportJournal.leaveWAL(db))
            defer { GuideImportJournal.returnToWAL(db) }
            // Before its first change there is no `-journal` yet: a read command must still not take the file as
            // unchanging (`immutable=1`), since the import is about to write it.
            #expect(!CatalogueFile.readOnlyLocation(workspace.catalogPath).contains("immutable"))
            try db.inTransaction(.immediate) {
                _ = try catalogue.importGuide(at: url, options: GuideOptions(), into: db, now: Date(), modified: Date())
                // Pages pushed into the file before the commit, as a guide larger than the page cache does.
                try db.execute(sql: "PRAGMA cache_size = 10")
                try db.execute(sql: "UPDATE programme SET description = description || description")
                // The files as a process killed at this moment leaves them.
                for suffix in ["", "-journal"] {
                    try FileManager.default.copyItem(atPath: workspace.catalogPath + suffix, toPath: copy + suffix)
                }
                return .rollback
            }
        }
        #expect(try programmes(catalogue) == 0)
        // A read-only command cannot roll the journal back: it says what to do instead of SQLite's words.
        #expect(throws: CatalogueError.self) { _ = try programmes(Catalogue(path: copy, readOnly: true)) }
        let reopened = try Catalogue(path: copy)
        #expect(!FileManager.default.fileExists(atPath: copy + "-journal"))
        #expect(try programmes(reopened) == 0)
        #expect(try reopened.pool.read { try Row.fetchAll($0, sql: "SELECT * FROM channel ORDER BY id") } == channelsBefore)
        #expect(try reopened.pool.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try journalMode(reopened) == "wal")
        #expect(try reopened.importGuide(at: url).changed == Self.programmeCount)
    }
}
