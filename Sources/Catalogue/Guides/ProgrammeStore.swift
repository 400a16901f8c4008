import Foundation
import GRDB
import ProgrammeGuide

/// Writes channels and programmes through cached statements: a 100 MB guide is ~100,000 upserts.
struct ProgrammeStore {
    let db: Database
    let sourceFile: String
    let importedAt: Date
    private let encoder: JSONEncoder

    init(db: Database, sourceFile: String, importedAt: Date) throws {
        self.db = db
        self.sourceFile = sourceFile
        self.importedAt = importedAt
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
    }

    func upsert(_ channel: Channel) throws {
        let names = String(decoding: try encoder.encode(channel.displayNames), as: UTF8.self)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO channel (id, displayName, names) VALUES (?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET displayName = excluded.displayName, names = excluded.names
            WHERE names IS NOT excluded.names
            """)
        try statement.execute(arguments: [channel.id, channel.displayNames.first?.text, names])
    }

    /// Returns 1 when the programme was new or differed from the stored entry, else 0.
    func upsert(_ programme: Programme) throws -> Int {
        var comparable = programme
        comparable.line = 0  // the same programme on another line of a re-issued guide is no change
        let data = String(decoding: try encoder.encode(comparable), as: UTF8.self)
        let categories = String(decoding: try encoder.encode(programme.categories.map(\.text)), as: UTF8.self)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO programme (channel, start, stop, title, subTitle, description, categories, episode, part,
                                   seriesTitle, data, sourceFile, importedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(channel, start) DO UPDATE SET
                stop = excluded.stop, title = excluded.title, subTitle = excluded.subTitle,
                description = excluded.description, categories = excluded.categories, episode = excluded.episode,
                part = excluded.part, seriesTitle = excluded.seriesTitle, data = excluded.data,
                sourceFile = excluded.sourceFile, importedAt = excluded.importedAt
            WHERE data IS NOT excluded.data
            """)
        try statement.execute(arguments: [
            programme.channel, programme.start.timeIntervalSince1970, programme.stop?.timeIntervalSince1970,
            programme.titles.preferred() ?? programme.titles.first?.text ?? "",
            programme.subTitles.preferred(), programme.descriptions.preferred(), categories,
            programme.episode, programme.part, programme.seriesTitle, data, sourceFile, importedAt,
        ])
        return db.changesCount
    }
}
