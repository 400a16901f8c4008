import Foundation
import GRDB
import ProgrammeGuide

/// Writes channels and programmes through cached statements: a 100 MB guide is ~200,000 upserts, so
/// nothing here goes through JSONEncoder; multi-valued fields are stored one value per line.
struct ProgrammeStore {
    let db: Database
    let sourceFile: String
    /// Converted once: binding a `Date` formats it anew for every row.
    private let importedAt: DatabaseValue

    init(db: Database, sourceFile: String, importedAt: Date) throws {
        self.db = db
        self.sourceFile = sourceFile
        self.importedAt = importedAt.databaseValue
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

    /// Returns 1 when the programme was new or differed from the stored entry, else 0.
    func upsert(_ programme: Programme) throws -> Int {
        let title = programme.titles.preferred() ?? ""
        let subTitle = programme.subTitles.preferred()
        let description = programme.descriptions.preferred()
        let categories = programme.categories.map(\.text).joined(separator: "\n")
        let keywords = programme.keywords.map(\.text).joined(separator: "\n")
        let episodeNumbers = programme.episodeNumbers.map { "\($0.system)=\($0.value)" }.joined(separator: "\n")
        let stop = programme.stop?.timeIntervalSince1970
        var hasher = FNV1a64()
        let separator: [UInt8] = [0x1F]
        for var field in [title, subTitle ?? "", description ?? "", categories, keywords, episodeNumbers,
                          stop.map { String($0) } ?? "", programme.episode.map(String.init) ?? "",
                          programme.part.map(String.init) ?? "", programme.seriesTitle ?? ""] {
            field.withUTF8 { hasher.combine(UnsafeRawBufferPointer($0)) }
            separator.withUnsafeBytes { hasher.combine($0) }
        }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO programme (channel, start, stop, title, subTitle, description, categories, keywords, episodeNumbers,
                                   episode, part, seriesTitle, digest, sourceFile, importedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(channel, start) DO UPDATE SET
                stop = excluded.stop,
                title = CASE WHEN trim(excluded.title) = '' THEN programme.title ELSE excluded.title END, subTitle = excluded.subTitle,
                description = excluded.description, categories = excluded.categories, keywords = excluded.keywords,
                episodeNumbers = excluded.episodeNumbers, episode = excluded.episode, part = excluded.part,
                seriesTitle = excluded.seriesTitle, digest = excluded.digest,
                sourceFile = excluded.sourceFile, importedAt = excluded.importedAt
            WHERE digest IS NOT excluded.digest
            """)
        try statement.execute(arguments: [
            programme.channel, programme.start.timeIntervalSince1970, stop, title, subTitle, description,
            categories, keywords, episodeNumbers, programme.episode, programme.part, programme.seriesTitle,
            String(hasher.value, radix: 16), sourceFile, importedAt,
        ])
        return db.changesCount
    }

    /// Multi-valued columns hold one value per line.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").map(String.init)
    }
}
