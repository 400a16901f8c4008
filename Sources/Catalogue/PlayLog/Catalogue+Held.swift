public import Foundation
import GRDB

extension Catalogue {
    /// Appends play-log lines; a line already stored (same station, start and file) is left as it is.
    public func appendPlayLog(_ records: [PlayLogRecord], by: String, at: Date = Date()) throws(CatalogueError) -> AppendOutcome {
        try write { db in
            var outcome = AppendOutcome()
            let insert = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO playLogEntry (station, start, end, file, sourceFile, sourceLine, importedAt, importedBy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for record in records {
                try insert.execute(arguments: [
                    record.station, record.start, record.end, record.file, record.sourceFile, record.sourceLine, at, by,
                ])
                if db.changesCount > 0 { outcome.added += 1 } else { outcome.unchanged += 1 }
            }
            return outcome
        }
    }

    /// Stored play-log lines whose start falls in [from, to) (text comparison of "YYYY-MM-DD…").
    public func playLog(stations: [String]? = nil, from: String, to: String) throws(CatalogueError) -> [PlayLogRecord] {
        // The stations are chosen in SQL (index on station, start): `playlog import` reads one station's
        // month per file, and filtering a whole county's month in Swift made the import quadratic.
        // Columns by position, read through a cursor: no per-row dictionary of names.
        let columns = "id, station, start, \"end\", file, sourceFile, sourceLine"
        return try read { db in
            var records: [PlayLogRecord] = []
            func collect(_ sql: String, _ arguments: StatementArguments) throws {
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    records.append(PlayLogRecord(
                        id: row[0], station: row[1], start: row[2], end: row[3], file: row[4], sourceFile: row[5], sourceLine: row[6]))
                }
            }
            guard let stations else {
                try collect("SELECT \(columns) FROM playLogEntry WHERE start >= ? AND start < ? ORDER BY station, start, id", [from, to])
                return records
            }
            for station in Set(stations).sorted() {
                try collect(
                    "SELECT \(columns) FROM playLogEntry WHERE station = ? AND start >= ? AND start < ? ORDER BY start, id",
                    [station, from, to])
            }
            return records
        }
    }

    /// Corrects one stored play-log line; the values before and after are kept in the edit log.
    public func editPlayLogEntry(id: Int64, start: String, end: String, file: String, by: String, at: Date = Date()) throws(CatalogueError) {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM playLogEntry WHERE id = ?", arguments: [id]) else {
                throw CatalogueError(.notFound, path: path, message: "播放记录中没有编号 \(id)")
            }
            let before = ["start": row["start"] as String, "end": row["end"] as String, "file": row["file"] as String]
            let after = ["start": start, "end": end, "file": file]
            try db.execute(sql: "UPDATE playLogEntry SET start = ?, end = ?, file = ? WHERE id = ?", arguments: [start, end, file, id])
            try Self.logHeldEdit(db, subject: "playlog", rowID: id, before: before, after: after, by: by, at: at)
        }
    }

    /// Records attendance: new rows are added; a changed mark updates the row and logs the edit.
    public func recordAttendance(_ records: [AttendanceRecord], by: String, at: Date = Date()) throws(CatalogueError) -> AppendOutcome {
        try write { db in
            try Self.recordSignInMarks(
                records.map { (key: [$0.station, $0.date, $0.member], present: $0.present) }, into: .members, db, by: by, at: at)
        }
    }

    /// Stored attendance with dates in [from, to].
    public func attendance(stations: [String]? = nil, from: String, through: String) throws(CatalogueError) -> [AttendanceRecord] {
        try read { db in
            var records: [AttendanceRecord] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT station, date, member, present FROM attendance WHERE date >= ? AND date <= ? ORDER BY station, date, member
                """, arguments: [from, through])
            while let row = try rows.next() {
                let station: String = row[0]
                if let stations, !stations.contains(station) { continue }
                records.append(AttendanceRecord(station: station, date: row[1], member: row[2], present: row[3]))
            }
            return records
        }
    }

    /// The edit log of held records, oldest first.
    public func heldEdits() throws(CatalogueError) -> [HeldEdit] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM heldEdit ORDER BY id").map {
                HeldEdit(subject: $0["subject"], rowID: $0["rowId"], before: $0["before"], after: $0["after"], by: $0["by"], at: $0["at"])
            }
        }
    }

    static func logHeldEdit(
        _ db: Database, subject: String, rowID: Int64, before: [String: String], after: [String: String], by: String, at: Date
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try db.execute(sql: """
            INSERT INTO heldEdit (subject, rowId, before, after, by, at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [subject, rowID, String(decoding: try encoder.encode(before), as: UTF8.self),
                             String(decoding: try encoder.encode(after), as: UTF8.self), by, at])
    }
}
