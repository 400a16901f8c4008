public import Catalogue

/// The front door to what stations actually held: play logs, attendance and the edit log behind them.
extension Workspace {
    /// The stored play log of a period (county-local "YYYY-MM-DD" bounds, `to` excluded).
    public func playLog(stations: [String]? = nil, from: String, to: String) throws(YuanjiaoError) -> [PlayLogRecord] {
        try Self.boundary { try catalogue.playLog(stations: stations, from: from, to: to) }
    }

    /// Corrects one play-log line; the edit is recorded with who, when, before and after.
    public func editPlayLogEntry(id: Int64, start: String, end: String, file: String, by: String) throws(YuanjiaoError) {
        try Self.boundary { try catalogue.editPlayLogEntry(id: id, start: start, end: end, file: file, by: by) }
    }

    /// Records attendance marks (the console's checklist or an imported sheet); changed marks are logged edits.
    public func recordAttendance(_ records: [AttendanceRecord], by: String) throws(YuanjiaoError) -> AppendOutcome {
        try Self.boundary { try catalogue.recordAttendance(records, by: by) }
    }

    /// Stored attendance of a period, both dates included.
    public func attendance(stations: [String]? = nil, from: String, through: String) throws(YuanjiaoError) -> [AttendanceRecord] {
        try Self.boundary { try catalogue.attendance(stations: stations, from: from, through: through) }
    }

    /// Records how many non-members came to sessions; a changed count is a logged edit.
    public func recordVisitors(_ records: [VisitorRecord], by: String) throws(YuanjiaoError) -> AppendOutcome {
        try Self.boundary { try catalogue.recordVisitors(records, by: by) }
    }

    /// Stored visitor counts of a period, both dates included.
    public func visitors(stations: [String]? = nil, from: String, through: String) throws(YuanjiaoError) -> [VisitorRecord] {
        try Self.boundary { try catalogue.visitors(stations: stations, from: from, through: through) }
    }

    /// Every edit of held records, oldest first.
    public func heldEdits() throws(YuanjiaoError) -> [HeldEdit] {
        try Self.boundary { try catalogue.heldEdits() }
    }

    func appendPlayLog(_ records: [PlayLogRecord], by: String) throws(YuanjiaoError) -> AppendOutcome {
        try Self.boundary { try catalogue.appendPlayLog(records, by: by) }
    }
}
