import Foundation
import GRDB

extension Catalogue {
    /// The months each resource is timely in, by the seasonal calendar: keywords matched against its
    /// title, guide sub-title and description, embedded comment and the librarian's tags (all folded).
    /// Resources no entry applies to are absent. Unknown ids are ignored.
    public func seasonalMonths(for ids: [Int64], seasons: SeasonCalendar) throws -> [Int64: Set<Int>] {
        let texts = try librarianRead { db in try Self.seasonTexts(db, ids: ids) }
        var months: [Int64: Set<Int>] = [:]
        for (id, text) in texts {
            let found = seasons.months(in: text)
            if !found.isEmpty { months[id] = found }
        }
        return months
    }

    /// The text the seasonal calendar is matched against, per resource (`nil` ids: every resource).
    static func seasonTexts(_ db: Database, ids: [Int64]?) throws -> [Int64: String] {
        var sql = """
            SELECT r.id, r.title,
                   CASE WHEN json_valid(r.media) THEN
                       coalesce(json_extract(r.media, '$.tags.comment'), '') || char(10) ||
                       coalesce(json_extract(r.media, '$.tags.description'), '')
                   ELSE '' END,
                   coalesce(p.subTitle, '') || char(10) || coalesce(p.description, ''),
                   (SELECT group_concat(tag, char(10)) FROM resourceTag WHERE resourceId = r.id)
            FROM resource r
            LEFT JOIN resourceProgramme rp ON rp.resourceId = r.id
            LEFT JOIN programme p ON p.id = rp.programmeId
            """
        var arguments: StatementArguments = []
        if let ids {
            sql += " WHERE r.id IN (SELECT value FROM json_each(?))"
            arguments = [JSONIDs.encode(ids)]
        }
        var texts: [Int64: String] = [:]
        let textRows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try textRows.next() {
            let parts: [String?] = [row[1], row[2], row[3], row[4]]
            texts[row[0]] = parts.compactMap { $0 }.joined(separator: "\n")
        }
        return texts
    }
}
