import ChineseText
import Foundation
import GRDB

/// Finds guide programmes that no recording is linked to yet, by title, sub-title, description or channel:
/// a librarian sees what the satellite will bring. Upcoming programmes first. A plain substring match on
/// the folded query: the guide table has no full-text index, and a few hundred thousand rows scan in
/// milliseconds.
struct ProgrammeSearch {
    let terms: [String]
    let zone: TimeZone

    /// The query's words, without exclusions (`-诈骗`), operators and field prefixes (`title:`).
    init(query: String, zone: TimeZone) {
        terms = query.split(whereSeparator: \.isWhitespace).compactMap { word in
            guard !word.hasPrefix("-"), word != "OR", word != "AND" else { return nil }
            let bare = word.split(separator: ":", maxSplits: 1).last.map(String.init) ?? String(word)
            let folded = TextFolding.fold(bare.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))).lowercased()
            return folded.isEmpty ? nil : folded
        }
        self.zone = zone
    }

    func run(_ db: Database, limit: Int, now: Date = Date()) throws -> [SearchResults.ProgrammeHit] {
        guard !terms.isEmpty else { return [] }
        let channels = try Row.fetchAll(db, sql: "SELECT id, names, displayName FROM channel")
        let matcher = ChannelMatcher(channels: channels.map { row in
            let id: String = row["id"]
            return (id, ProgrammeStore.lines(row["names"]))
        })
        let names = Dictionary(
            channels.map { ($0["id"] as String, $0["displayName"] as String?) }, uniquingKeysWith: { first, _ in first })
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        for term in terms {
            let onChannel = matcher.channels(matching: term)
            let channelTest = onChannel.isEmpty ? "0" : "p.channel IN (\(onChannel.map { _ in "?" }.joined(separator: ",")))"
            conditions.append("""
                (instr(lower(p.title), ?) OR instr(lower(coalesce(p.subTitle, '')), ?)
                 OR instr(lower(coalesce(p.description, '')), ?) OR \(channelTest))
                """)
            arguments += [term, term, term] + onChannel.map { $0 }
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.channel, p.start, p.stop, p.title, p.subTitle, p.episode FROM programme p
            WHERE p.placeholder = 0 AND trim(p.title) != ''
            AND NOT EXISTS (SELECT 1 FROM resourceProgramme rp WHERE rp.programmeId = p.id)
            AND \(conditions.joined(separator: " AND "))
            ORDER BY p.start < ?, CASE WHEN p.start < ? THEN -p.start ELSE p.start END, p.channel
            LIMIT ?
            """, arguments: StatementArguments(arguments + [now.timeIntervalSince1970, now.timeIntervalSince1970, limit]))
        return Self.hits(rows, names: names, zone: zone)
    }
}

extension ProgrammeSearch {
    /// Programme rows (id, channel, start, stop, title, subTitle, episode) as search hits, times in `zone`.
    static func hits(_ rows: [Row], names: [String: String?], zone: TimeZone) -> [SearchResults.ProgrammeHit] {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return rows.map { row in
            let channel: String = row["channel"]
            return SearchResults.ProgrammeHit(
                id: row["id"], channel: channel, channelName: names[channel] ?? nil,
                start: formatter.string(from: Date(timeIntervalSince1970: row["start"])),
                stop: (row["stop"] as Double?).map { formatter.string(from: Date(timeIntervalSince1970: $0)) },
                title: row["title"], subTitle: row["subTitle"], episode: row["episode"])
        }
    }
}
