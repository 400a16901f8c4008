public import Foundation
import GRDB
import ProgrammeGuide

extension Catalogue {
    /// Guide programmes not recorded yet that are on air or still to come, soonest first: what the
    /// satellite will bring, for the console's 「即将播出」 page. `limit` keeps the page short; the
    /// `programme_start` index makes it a range walk whatever the size of the guide.
    public func upcomingProgrammes(limit: Int = 100, now: Date = Date()) throws(CatalogueError) -> [SearchResults.ProgrammeHit] {
        try read { db in
            let names = Dictionary(
                try Row.fetchAll(db, sql: "SELECT id, displayName FROM channel").map { ($0["id"] as String, $0["displayName"] as String?) },
                uniquingKeysWith: { first, _ in first })
            // A programme on air now started before `now`; none runs longer than a day.
            let moment = now.timeIntervalSince1970
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.id, p.channel, p.start, p.stop, p.title, p.subTitle, p.episode FROM programme p
                WHERE p.start >= ? AND coalesce(p.stop, p.start) >= ?
                AND p.placeholder = 0 AND trim(p.title) != ''
                AND NOT EXISTS (SELECT 1 FROM resourceProgramme rp WHERE rp.programmeId = p.id)
                ORDER BY p.start, p.channel LIMIT ?
                """, arguments: [moment - 86_400, moment, limit])
            return ProgrammeSearch.hits(rows, names: names, zone: GuideOptions.beijing)
        }
    }
}
