public import Foundation

/// One line of a station's play log as stored: what was played from when to when.
public struct PlayLogRecord: Sendable, Hashable, Codable {
    public var id: Int64?
    public var station: String
    /// County-local "YYYY-MM-DD HH:MM:SS".
    public var start: String
    public var end: String
    public var file: String
    public var sourceFile: String
    public var sourceLine: Int

    public init(id: Int64? = nil, station: String, start: String, end: String, file: String, sourceFile: String, sourceLine: Int) {
        self.id = id
        self.station = station
        self.start = start
        self.end = end
        self.file = file
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
    }
}

/// Whether one member came to the station's session on a date.
public struct AttendanceRecord: Sendable, Hashable, Codable {
    public var station: String
    /// "YYYY-MM-DD".
    public var date: String
    public var member: String
    public var present: Bool

    public init(station: String, date: String, member: String, present: Bool) {
        self.station = station
        self.date = date
        self.member = member
        self.present = present
    }
}

/// An edit of a held record: who changed what, when, and the values before and after (JSON).
public struct HeldEdit: Sendable, Hashable, Codable {
    public var subject: String
    public var rowID: Int64
    public var before: String
    public var after: String
    public var by: String
    public var at: Date
}

/// What an append did: new rows, and rows already there (a repeated import changes nothing).
public struct AppendOutcome: Sendable, Hashable, Codable {
    public var added: Int
    public var unchanged: Int
    public var changed: Int

    public init(added: Int = 0, unchanged: Int = 0, changed: Int = 0) {
        self.added = added
        self.unchanged = unchanged
        self.changed = changed
    }
}
