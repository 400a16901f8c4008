public import Foundation
import GRDB

/// One child's mark on a 快乐园 sign-in sheet: kept apart from members' attendance (it never counts in 参学率).
/// The name is stored as the station wrote it, in the county office's catalogue only; nothing read back for a
/// report carries it (`childrenAttendanceCounts`).
public struct ChildSignInRecord: Sendable, Hashable, Codable {
    public var station: String
    /// "YYYY-MM-DD".
    public var date: String
    /// The session's activity as the sheet prints it (电脑基础, 生日会 …): two sessions of one day stay apart.
    public var activity: String
    public var child: String
    public var present: Bool

    public init(station: String, date: String, activity: String, child: String, present: Bool) {
        self.station = station
        self.date = date
        self.activity = activity
        self.child = child
        self.present = present
    }
}

/// Children's sessions held (at least one child signed) and child sign-ins of one station's month: counts only.
public struct ChildrenAttendanceCount: Sendable, Hashable, Codable {
    public var station: String
    /// "YYYY-MM".
    public var month: String
    public var sessions: Int
    public var signIns: Int

    public init(station: String, month: String, sessions: Int, signIns: Int) {
        self.station = station
        self.month = month
        self.sessions = sessions
        self.signIns = signIns
    }
}

extension CatalogueSchema {
    /// Children's sign-ins, apart from `attendance`; append-only like it, a changed mark logged in `heldEdit`.
    static func registerChildrenAttendanceMigrations(_ migrator: inout SchemaMigrations) {
        migrator.registerMigration("v24-children-attendance") { db in
            try db.create(table: "childAttendance") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("station", .text).notNull()
                t.column("date", .text).notNull()
                t.column("activity", .text).notNull()
                t.column("child", .text).notNull()
                t.column("present", .boolean).notNull()
                t.column("recordedAt", .datetime).notNull()
                t.column("recordedBy", .text).notNull()
                t.uniqueKey(["station", "date", "activity", "child"])
            }
            try db.execute(sql: """
                CREATE TRIGGER childAttendance_appendOnly BEFORE DELETE ON childAttendance
                BEGIN SELECT RAISE(ABORT, 'childAttendance is append-only'); END
                """)
        }
    }
}

extension Catalogue {
    /// Records one sheet's children's marks in ONE transaction: new rows are added, a changed mark updates the
    /// row and logs the edit (subject "child-attendance"); a failure leaves none of the sheet's rows stored.
    public func recordChildrenAttendance(_ records: [ChildSignInRecord], by: String, at: Date = Date()) throws(CatalogueError) -> AppendOutcome {
        try write { db in
            try Self.recordSignInMarks(
                records.map { (key: [$0.station, $0.date, $0.activity, $0.child], present: $0.present) }, into: .children, db,
                by: by, at: at)
        }
    }

    /// Per station and month with dates in [from, through]: sessions with at least one child signed, and sign-ins.
    /// Counted in SQL: no child's name leaves the catalogue through here.
    public func childrenAttendanceCounts(from: String, through: String) throws(CatalogueError) -> [ChildrenAttendanceCount] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT station, substr(date, 1, 7) AS month,
                       COUNT(DISTINCT CASE WHEN present THEN date || '|' || activity END) AS sessions,
                       SUM(CASE WHEN present THEN 1 ELSE 0 END) AS signIns
                FROM childAttendance WHERE date >= ? AND date <= ?
                GROUP BY station, month ORDER BY station, month
                """, arguments: [from, through]).map {
                ChildrenAttendanceCount(station: $0["station"], month: $0["month"], sessions: $0["sessions"], signIns: $0["signIns"])
            }
        }
    }
}
