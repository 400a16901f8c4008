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

    /// Links recordings to guide programmes and re-derives topic suggestions for what changed.
    func enrich(
        touched: Set<Int64>, guidesChanged: Bool, taxonomy: TopicTaxonomy?, timeZone: TimeZone,
        report: inout IndexReport
    ) throws(CatalogueError) {
        let now = Date()
        let linkedNow: Set<Int64> = try write { db in
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
        report.linked = linkedNow.count

        guard let taxonomy else { return }
        try write { db in
            let stamp = TopicStore.taxonomyStamp(taxonomy)
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'taxonomy'")
            let ids: [Int64] = stored == stamp
                ? touched.union(linkedNow).sorted()
                : try Int64.fetchAll(db, sql: "SELECT id FROM resource ORDER BY id")
            try TopicStore(db: db, rules: TopicRules(taxonomy: taxonomy), now: now).classify(resourceIDs: ids)
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('taxonomy', ?)", arguments: [stamp])
        }
    }
}
