public import Foundation
public import MediaProbe
import GRDB

/// Everything `show` prints about one resource, in the DESIGN.md `show --json` shape (keys only added).
public struct ResourceDetails: Sendable, Codable {
    public struct TopicAssignment: Sendable, Codable, Equatable {
        public var id: String
        public var source: String
        public var confirmed: Bool
    }

    public struct PlannedSession: Sendable, Codable, Equatable {
        public var station: String
        public var date: String
    }

    /// The guide programme a recording captured, and how the link was found.
    public struct LinkedProgramme: Sendable, Codable, Equatable {
        public var channel: String
        public var channelName: String?
        public var start: Date
        public var stop: Date?
        public var title: String
        public var subTitle: String?
        public var description: String?
        public var categories: [String]
        public var episode: Int?
        public var part: Int?
        public var method: String
    }

    public var id: Int64
    public var title: String
    public var path: String
    public var duration: Double?
    public var format: String?
    public var status: String
    public var size: Int64
    public var fingerprint: String
    public var added: Date
    public var updated: Date
    public var missingSince: Date?
    public var bitRate: Int?
    public var streams: [StreamInfo]
    public var metadata: [String: String]
    public var chapters: [ChapterInfo]
    public var topics: [TopicAssignment]
    public var tags: [String]
    /// The librarian's marks (`audience` as its code, e.g. `party-member`); nil when not set.
    public var audience: Audience?
    public var series: String?
    public var episode: Int?
    /// Months the course is timely in by the seasonal calendar; filled by the application layer
    /// (`Workspace.details`), which reads `Catalog/seasons.yaml`. Empty: no season.
    public var months: [Int] = []
    public var programmes: [LinkedProgramme]
    public var planned: [PlannedSession]
    /// `video`, `audio` or `document`.
    public var kind: String = "video"
    /// A document's page count and author; nil for media.
    public var pages: Int? = nil
    public var author: String? = nil
}

extension Catalogue {
    public func details(id: Int64) throws(CatalogueError) -> ResourceDetails {
        let (row, topics, programmes, planned) = try read { db in
            (try ResourceRow.fetchOne(db, key: id), try Self.topics(db, id: id), try Self.programmes(db, id: id),
             try Self.planned(db, id: id))
        }
        guard let row, let rowID = row.id else {
            throw CatalogueError(.notFound, path: path, message: "没有编号为 \(id) 的资源。用 `yuanjiao search 关键词` 查找编号")
        }
        let librarian = try read { db in try LibrarianStore.states(db, ids: [id])[id] ?? .empty }
        return ResourceDetails(
            id: rowID, title: row.title, path: row.path, duration: row.duration, format: row.format,
            status: row.status.rawValue, size: row.size, fingerprint: row.fingerprint,
            added: row.addedAt, updated: row.updatedAt, missingSince: row.missingSince, bitRate: row.bitRate,
            streams: row.media?.streams ?? [], metadata: row.media?.tags ?? [:], chapters: row.media?.chapters ?? [],
            topics: topics, tags: librarian.tags, audience: librarian.audience, series: librarian.series,
            episode: librarian.episode, programmes: programmes, planned: planned,
            kind: DocumentSummary.kind(row.media), pages: row.media?.tags["pages"].flatMap { Int($0) },
            author: row.media?.tags["author"])
    }

    static func planned(_ db: Database, id: Int64) throws -> [ResourceDetails.PlannedSession] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT station, date FROM plannedItem WHERE resourceId = ? AND kind != 'open-day' ORDER BY date, station
            """, arguments: [id]).map { ResourceDetails.PlannedSession(station: $0["station"], date: $0["date"]) }
    }

    static func topics(_ db: Database, id: Int64) throws -> [ResourceDetails.TopicAssignment] {
        try Row.fetchAll(db, sql: """
            SELECT topic, source, confirmed FROM resourceTopic WHERE resourceId = ?
            ORDER BY confirmed DESC, CASE source WHEN 'librarian' THEN 0 WHEN 'guide' THEN 1 ELSE 2 END, topic
            """, arguments: [id]).map { row in
            ResourceDetails.TopicAssignment(id: row["topic"], source: row["source"], confirmed: row["confirmed"])
        }
    }

    static func programmes(_ db: Database, id: Int64) throws -> [ResourceDetails.LinkedProgramme] {
        try Row.fetchAll(db, sql: """
            SELECT p.*, c.displayName AS channelName, rp.method FROM resourceProgramme rp
            JOIN programme p ON p.id = rp.programmeId LEFT JOIN channel c ON c.id = p.channel
            WHERE rp.resourceId = ?
            """, arguments: [id]).map { row in
            let categories = ProgrammeStore.lines(row["categories"])
            return ResourceDetails.LinkedProgramme(
                channel: row["channel"], channelName: row["channelName"],
                start: Date(timeIntervalSince1970: row["start"]),
                stop: (row["stop"] as Double?).map { Date(timeIntervalSince1970: $0) },
                title: row["title"], subTitle: row["subTitle"], description: row["description"],
                categories: categories, episode: row["episode"], part: row["part"], method: row["method"])
        }
    }
}
