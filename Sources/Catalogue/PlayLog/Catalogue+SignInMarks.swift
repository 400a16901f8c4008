import Foundation
import GRDB

/// A table of sign-in marks (members' `attendance`, children's `childAttendance`): one row per key, a `present` flag,
/// who recorded it and when. Both follow one rule, kept here once.
struct SignInTable {
    /// Fixed names from this module, never from input.
    let name: String
    let keyColumns: [String]
    /// The `heldEdit` subject of a corrected mark.
    let editSubject: String

    static let members = SignInTable(name: "attendance", keyColumns: ["station", "date", "member"], editSubject: "attendance")
    static let children = SignInTable(
        name: "childAttendance", keyColumns: ["station", "date", "activity", "child"], editSubject: "child-attendance")
}

extension Catalogue {
    /// Appends marks inside the caller's transaction: a new key is added, the same mark again changes nothing, a
    /// changed mark updates its row and logs the edit (before and after) so a correction is never silent.
    static func recordSignInMarks(
        _ marks: [(key: [String], present: Bool)], into table: SignInTable, _ db: Database, by: String, at: Date
    ) throws -> AppendOutcome {
        let match = table.keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
        let columns = table.keyColumns.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: table.keyColumns.count + 3).joined(separator: ", ")
        let find = try db.cachedStatement(sql: "SELECT id, present FROM \(table.name) WHERE \(match)")
        let insert = try db.cachedStatement(
            sql: "INSERT INTO \(table.name) (\(columns), present, recordedAt, recordedBy) VALUES (\(placeholders))")
        let update = try db.cachedStatement(sql: "UPDATE \(table.name) SET present = ?, recordedAt = ?, recordedBy = ? WHERE id = ?")
        var outcome = AppendOutcome()
        for mark in marks {
            let key = StatementArguments(mark.key)
            guard let existing = try Row.fetchOne(find, arguments: key) else {
                try insert.execute(arguments: key + [mark.present, at, by])
                outcome.added += 1
                continue
            }
            let wasPresent: Bool = existing["present"]
            if wasPresent == mark.present {
                outcome.unchanged += 1
                continue
            }
            let id: Int64 = existing["id"]
            try update.execute(arguments: [mark.present, at, by, id])
            try logHeldEdit(
                db, subject: table.editSubject, rowID: id, before: ["present": "\(wasPresent)"], after: ["present": "\(mark.present)"],
                by: by, at: at)
            outcome.changed += 1
        }
        return outcome
    }
}
