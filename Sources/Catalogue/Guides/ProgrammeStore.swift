import Foundation
import GRDB
import ProgrammeGuide

/// Writes channels and programmes: a 100 MB guide is ~200,000 upserts, so each goes through one prepared
/// statement bound value by value, and nothing through JSONEncoder; multi-valued fields are one value per line.
struct ProgrammeStore {
    let db: Database
    let sourceFile: String
    /// Formatted once, as GRDB stores a `Date`: formatting it anew for every row is measurable.
    private let importedAt: String
    /// How new the guide is (`<tv date>`, else the file's mtime): a clash keeps the newer guide's entry.
    let guideDate: Double

    init(db: Database, sourceFile: String, importedAt: Date, guideDate: Double) throws {
        self.db = db
        self.sourceFile = sourceFile
        self.importedAt = String.fromDatabaseValue(importedAt.databaseValue) ?? ""
        self.guideDate = guideDate
    }

    private static let upsertSQL = """
        INSERT INTO programme (channel, start, stop, title, subTitle, description, categories, keywords, episodeNumbers,
                               season, episode, episodeLast, part, seriesTitle, placeholder, clumpCount,
                               premiere, digest, sourceFile, importedAt, guideDate)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(channel, start) DO UPDATE SET
            stop = excluded.stop,
            title = CASE WHEN trim(excluded.title) = '' THEN programme.title ELSE excluded.title END,
            titleKey = CASE WHEN trim(excluded.title) = '' THEN programme.titleKey ELSE NULL END,
            subTitle = excluded.subTitle,
            description = excluded.description, categories = excluded.categories, keywords = excluded.keywords,
            episodeNumbers = excluded.episodeNumbers, season = excluded.season, episode = excluded.episode,
            episodeLast = excluded.episodeLast, part = excluded.part, seriesTitle = excluded.seriesTitle,
            placeholder = excluded.placeholder, clumpCount = excluded.clumpCount, premiere = excluded.premiere,
            digest = excluded.digest,
            sourceFile = excluded.sourceFile, importedAt = excluded.importedAt, guideDate = excluded.guideDate
        WHERE digest IS NOT excluded.digest
            AND (programme.guideDate IS NULL OR programme.guideDate <= excluded.guideDate)
            AND (NOT excluded.placeholder OR programme.placeholder)
        """

    /// The programme upsert, prepared once for a whole import.
    func makeUpsert() throws -> BoundStatement {
        try BoundStatement(db, sql: Self.upsertSQL)
    }

    func upsert(_ channel: Channel) throws {
        let names = channel.displayNames.map(\.text).joined(separator: "\n")
        let statement = try db.cachedStatement(sql: """
            INSERT INTO channel (id, displayName, names) VALUES (?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET displayName = excluded.displayName, names = excluded.names
            WHERE names IS NOT excluded.names
            """)
        try statement.execute(arguments: [channel.id, channel.displayNames.preferred(), names])
    }

    /// What became of one entry.
    enum Outcome: Equatable {
        /// New, or it replaced a different entry.
        case written
        /// The stored entry is the same.
        case unchanged
        /// The stored entry came from a newer guide, or this one is a placeholder: the stored entry stays.
        case keptStored(title: String, fromNewerGuide: Bool)
    }

    /// Inserts the entry or replaces the stored one for its channel and start, unless the stored one is
    /// from a newer guide or this one is only a placeholder. `expectUnchanged` (the previous entry was
    /// unchanged: a re-import) looks the stored entry up first, which spares a write attempt per entry.
    func upsert(_ record: ProgrammeRecord, through statement: BoundStatement, expectUnchanged: Bool) throws -> Outcome {
        var stored: Row?
        if expectUnchanged {
            stored = try storedEntry(record)
            if let stored, stored["digest"] as String == record.digest { return .unchanged }
        }
        statement.reset()
        record.bind(to: statement)
        statement.bindTailOnce {
            $0.bind(sourceFile)
            $0.bind(importedAt)
            $0.bind(guideDate)
        }
        if try statement.execute() > 0 { return .written }
        if stored == nil { stored = try storedEntry(record) }
        guard let stored, stored["digest"] as String != record.digest else { return .unchanged }
        let storedDate: Double? = stored["guideDate"]
        return .keptStored(title: stored["title"], fromNewerGuide: (storedDate ?? -.infinity) > guideDate)
    }

    /// The stored entry for the record's channel and start: digest, title and guide date.
    func storedEntry(_ record: ProgrammeRecord) throws -> Row? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT digest, title, guideDate FROM programme WHERE channel = ? AND start = ?"),
            arguments: [record.channel, record.start])
    }

    /// Whether the table holds any programme, from any guide.
    func hasProgrammes() throws -> Bool {
        try Self.hasProgrammes(db)
    }

    static func hasProgrammes(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM programme)") ?? false
    }

    /// Removes this channel's entries overlapping `range` that this guide no longer lists, when they came from
    /// an older guide or an earlier import of this file: placeholders and programmes the station replaced. A
    /// guide as new as this one (another provider's, the same day) keeps its entries. Returns how many.
    func retire(channel: String, range: ClosedRange<Double>, keeping listed: Set<Double>) throws -> Int {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, start FROM programme WHERE channel = ? AND start < ? AND coalesce(stop, start + 1) > ?
                AND (guideDate IS NULL OR guideDate < ? OR sourceFile = ?)
                AND NOT (sourceFile = ? AND importedAt = ?)
                """),
            // Rows this import wrote are listed by definition: not fetched, which on a guide of new days is all.
            arguments: [channel, range.upperBound, range.lowerBound, guideDate, sourceFile, sourceFile, importedAt])
        var retired = 0
        let delete = try db.cachedStatement(sql: "DELETE FROM programme WHERE id = ?")
        for row in rows where !listed.contains(row["start"]) {
            try delete.execute(arguments: [row["id"] as Int64])
            retired += 1
        }
        return retired
    }

    /// A programme without a stop ends when the next one on its channel starts, by time, whichever guide
    /// listed it, if that is within a day; the last one on a channel (or before a gap) keeps an unknown stop.
    func inferStops(channel: String) throws {
        try db.cachedStatement(sql: """
            UPDATE programme SET stop = (
                SELECT min(next.start) FROM programme AS next
                WHERE next.channel = programme.channel AND next.start > programme.start
                AND next.start <= programme.start + 86400)
            WHERE channel = ? AND stop IS NULL
            """).execute(arguments: [channel])
    }

    /// Stops `inferStops` would give, computed by the caller from the starts it wrote: set by row id, and only
    /// where the row still has none (a later entry for the same start may have brought one). `overwriting`: stops
    /// this import set itself that a later start proved wrong, set whatever the rows hold.
    func setStops(_ stops: [(rowID: Int64, stop: Double)], overwriting: Bool = false) throws {
        let update = try db.cachedStatement(
            sql: overwriting ? "UPDATE programme SET stop = ? WHERE id = ?"
                : "UPDATE programme SET stop = ? WHERE id = ? AND stop IS NULL")
        for (rowID, stop) in stops { try update.execute(arguments: [stop, rowID]) }
    }

    /// Multi-valued columns hold one value per line.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").map(String.init)
    }
}
