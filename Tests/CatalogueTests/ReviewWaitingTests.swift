import Foundation
import GRDB
import Testing
@testable import Catalogue

/// The review queue is read from `reviewWaiting`, a table triggers keep; these tests hold it against the
/// definition it replaces (a scan of every resource) through everything that changes a resource's place.
@Suite("Review queue table (v7-review-queue)")
struct ReviewWaitingTests {
    /// The queue by its definition: present resources without a confirmed topic, newest first.
    static func scanned(_ catalogue: Catalogue) throws -> [Int64] {
        try catalogue.pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT r.id FROM resource r WHERE r.status = 'present'
                AND NOT EXISTS (SELECT 1 FROM resourceTopic rt WHERE rt.resourceId = r.id AND rt.confirmed = 1)
                ORDER BY r.addedAt DESC, r.id DESC
                """)
        }
    }

    static func expectMatchesScan(_ catalogue: Catalogue, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let queue = try catalogue.reviewQueue()
        let expected = try scanned(catalogue)
        #expect(queue.items.map(\.id) == expected, sourceLocation: sourceLocation)
        #expect(queue.total == expected.count, sourceLocation: sourceLocation)
    }

    @Test("confirm, reject, undo, a missing file and its return, a deleted row: the table follows the definition")
    func followsEveryChange() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let catalogue = library.catalogue
        try Self.expectMatchesScan(catalogue)
        #expect(try catalogue.reviewQueue().total == LibrarianFixtures.files.count)

        let law = try library.id("宪法宣传教育.mp3")
        try catalogue.tag(.resources([law]), edit: LibrarianEdit(confirmTopics: ["law"]), by: "t", summary: "confirm")
        try Self.expectMatchesScan(catalogue)
        #expect(!(try catalogue.reviewQueue().items.contains { $0.id == law }))

        let rice = try library.id("水稻育秧技术.mp4")
        try catalogue.tag(.resources([rice]), edit: LibrarianEdit(rejectTopics: ["agritech"]), by: "t", summary: "reject")
        try Self.expectMatchesScan(catalogue)

        _ = try catalogue.undo(by: "t")
        _ = try catalogue.undo(by: "t")
        try Self.expectMatchesScan(catalogue)
        #expect(try catalogue.reviewQueue().items.contains { $0.id == law })

        let moral = "道德教育/家风家训故事.m4a"
        let original = library.workspace.path("courseware/" + moral)
        let aside = library.workspace.path("aside.m4a")
        try FileManager.default.moveItem(atPath: original, toPath: aside)
        try library.index()
        try Self.expectMatchesScan(catalogue)
        #expect(try catalogue.reviewQueue().total == LibrarianFixtures.files.count - 1)
        try FileManager.default.moveItem(atPath: aside, toPath: original)
        try library.index()
        try Self.expectMatchesScan(catalogue)

        try catalogue.pool.write { db in
            try db.execute(sql: "UPDATE resourceTopic SET confirmed = 1 WHERE resourceId = ?", arguments: [rice])
            try db.execute(sql: "DELETE FROM resource WHERE id = ?", arguments: [law])
        }
        try Self.expectMatchesScan(catalogue)
        try catalogue.pool.write { db in
            try db.execute(sql: "DELETE FROM resourceTopic WHERE resourceId = ?", arguments: [rice])
        }
        try Self.expectMatchesScan(catalogue)
        #expect(try catalogue.reviewQueue().items.contains { $0.id == rice })
    }

    @Test("a librarian row replaced by an unconfirmed one (INSERT OR REPLACE) puts the resource back")
    func replacedConfirmation() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let law = try library.id("宪法宣传教育.mp3")
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(confirmTopics: ["law"]), by: "t", summary: "confirm")
        try library.catalogue.pool.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO resourceTopic (resourceId, topic, source, confirmed, reason, createdAt)
                SELECT resourceId, topic, source, 0, reason, createdAt FROM resourceTopic WHERE resourceId = ? AND confirmed = 1
                """, arguments: [law])
        }
        try Self.expectMatchesScan(library.catalogue)
        #expect(try library.catalogue.reviewQueue().items.contains { $0.id == law })
    }

    @Test("pages by keyset cursor cover the queue once each, even when an item is confirmed between pages")
    func keysetPages() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let catalogue = library.catalogue
        let all = try Self.scanned(catalogue)
        let first = try catalogue.reviewQueue(limit: 3)
        #expect(first.items.map(\.id) == Array(all.prefix(3)))
        #expect(first.total == all.count)
        let cursor = try #require(first.next)
        #expect(cursor == all[2])
        // The last listed resource is confirmed before the librarian asks for the next page.
        try catalogue.tag(.resources([cursor]), edit: LibrarianEdit(confirmTopics: ["law"]), by: "t", summary: "confirm")
        var seen = first.items.map(\.id)
        var next: Int64? = cursor
        while let after = next {
            let page = try catalogue.reviewQueue(limit: 3, after: after)
            seen += page.items.map(\.id)
            next = page.next
        }
        #expect(seen == all)
        #expect(try catalogue.reviewQueue(limit: all.count).next == nil)
    }

    @Test("a catalogue from before v7 is upgraded with its queue as it stood")
    func upgradeFillsTheQueue() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let law = try library.id("宪法宣传教育.mp3")
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(confirmTopics: ["law"]), by: "t", summary: "confirm")
        let expected = try Self.scanned(library.catalogue)
        // Turn the file back into what an older Yuanjiao wrote: no v7 table, triggers or migration record.
        try library.catalogue.pool.write { db in
            for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%reviewWaiting%'") {
                try db.execute(sql: "DROP TRIGGER \(trigger)")
            }
            try db.execute(sql: "DROP TABLE reviewWaiting; DROP TABLE reviewWaitingCount")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v7-review-queue'")
        }
        try library.catalogue.pool.close()
        let upgraded = try Catalogue(path: library.workspace.catalogPath)
        #expect(try upgraded.reviewQueue().items.map(\.id) == expected)
        try Self.expectMatchesScan(upgraded)
    }
}
