import Foundation
import GRDB
import MediaProbe

/// One courseware file as stored. `media` keeps the whole probe result so `show` needs no reprobe.
struct ResourceRow: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "resource"

    enum Status: String, Codable, Sendable {
        case present
        case missing
    }

    enum TitleSource: String, Codable, Sendable {
        case tag
        case filename
        case guide
    }

    var id: Int64?
    var path: String
    var size: Int64
    var mtime: Double
    var fingerprint: String
    var status: Status
    var title: String
    var titleSource: TitleSource
    var format: String?
    var duration: Double?
    var bitRate: Int?
    var media: MediaInfo?
    var addedAt: Date
    var updatedAt: Date
    var missingSince: Date?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Fills the probe-derived columns; the title comes from tags, else from the file name.
    mutating func apply(_ info: MediaInfo) {
        media = info
        format = info.formatName
        duration = info.duration
        bitRate = info.bitRate
        if let tagTitle = info.title?.trimmingCharacters(in: .whitespacesAndNewlines), !tagTitle.isEmpty {
            title = tagTitle
            titleSource = .tag
        } else {
            title = Self.title(fromPath: path)
            titleSource = .filename
        }
    }

    static func title(fromPath path: String) -> String {
        let name = PathName.lastComponent(path)
        let stem = PathName.stem(ofName: name)
        return stem.isEmpty ? name : stem
    }
}
