public import Foundation
public import MediaProbe

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
    public var programmes: [String]
    public var planned: [PlannedSession]
}

extension Catalogue {
    public func details(id: Int64) throws(CatalogueError) -> ResourceDetails {
        let row = try read { db in try ResourceRow.fetchOne(db, key: id) }
        guard let row, let rowID = row.id else {
            throw CatalogueError(.notFound, path: path, message: "没有编号为 \(id) 的资源。用 `yuanjiao search 关键词` 查找编号")
        }
        return ResourceDetails(
            id: rowID, title: row.title, path: row.path, duration: row.duration, format: row.format,
            status: row.status.rawValue, size: row.size, fingerprint: row.fingerprint,
            added: row.addedAt, updated: row.updatedAt, missingSince: row.missingSince, bitRate: row.bitRate,
            streams: row.media?.streams ?? [], metadata: row.media?.tags ?? [:], chapters: row.media?.chapters ?? [],
            topics: [], tags: [], programmes: [], planned: [])
    }
}
