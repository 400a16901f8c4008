import Foundation
import GRDB
import ProgrammeGuide

extension Catalogue {
    /// Imports each guide on its own: one malformed guide is reported in `failed` and the others still land.
    func importGuides(_ guides: [URL], options: GuideOptions, into report: inout IndexReport) throws(CatalogueError) {
        for guide in guides {
            do {
                let imported = try importGuide(at: guide, options: options)
                report.programmes += imported.changed
                report.warnings += imported.warnings.map(\.description)
            } catch let error as CatalogueError {
                throw error
            } catch let error as GuideError {
                report.failed.append(IndexReport.Failure(path: guide.path, error: error.description))
            } catch {
                report.failed.append(IndexReport.Failure(path: guide.path, error: "\(error)"))
            }
        }
    }

    /// Links recordings to guide programmes, re-derives topic suggestions and refreshes the search
    /// index for what changed, all in one transaction.
    func enrich(
        touched: Set<Int64>, guidesChanged: Bool, taxonomy: TopicTaxonomy?, timeZone: TimeZone,
        report: inout IndexReport
    ) throws(CatalogueError) {
        let now = Date()
        report.linked = try write { db in
            let linked = try linkRecordings(db, touched: touched, guidesChanged: guidesChanged, timeZone: timeZone, now: now)
            var refreshed = touched.union(linked)
            if let taxonomy {
                for topic in taxonomy.topics {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO topic (id, label, labelTraditional) VALUES (?, ?, ?)",
                        arguments: [topic.id, topic.label, topic.labelTraditional])
                }
                let stamp = TopicStore.taxonomyStamp(taxonomy)
                let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'taxonomy'")
                if stored != stamp {
                    refreshed.formUnion(try Int64.fetchAll(db, sql: "SELECT id FROM resource"))
                }
                let ids = refreshed.sorted()
                try TopicStore(db: db, rules: TopicRules(taxonomy: taxonomy), now: now).classify(resourceIDs: ids)
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('taxonomy', ?)", arguments: [stamp])
            }
            // Touched ids were indexed with their batch; only what linking or topics changed needs it again.
            try SearchIndex.refresh(db, ids: refreshed.subtracting(taxonomy == nil ? touched : []).sorted())
            return linked.count
        }
    }

    private func linkRecordings(
        _ db: Database, touched: Set<Int64>, guidesChanged: Bool, timeZone: TimeZone, now: Date
    ) throws -> Set<Int64> {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM programme") ?? 0 > 0 else { return [] }
        let unlinked = try Int64.fetchAll(db, sql: """
            SELECT id FROM resource WHERE status = 'present'
            AND id NOT IN (SELECT resourceId FROM resourceProgramme) ORDER BY id
            """)
        let candidates = guidesChanged ? unlinked : unlinked.filter(touched.contains)
        let linker = try RecordingLinker(db: db, timeZone: timeZone)
        var linked: Set<Int64> = []
        for id in candidates {
            guard let row = try ResourceRow.fetchOne(db, key: id),
                  let match = try linker.link(path: row.path, title: row.title, media: row.media)
            else { continue }
            try db.execute(
                sql: "INSERT INTO resourceProgramme (resourceId, programmeId, method, linkedAt) VALUES (?, ?, ?, ?)",
                arguments: [id, match.programme, match.method.rawValue, now])
            try db.execute(sql: """
                UPDATE resource SET title = (SELECT title FROM programme WHERE id = ?), titleSource = 'guide'
                WHERE id = ?
                """, arguments: [match.programme, id])
            linked.insert(id)
        }
        return linked
    }
}
