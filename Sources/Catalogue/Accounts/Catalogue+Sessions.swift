public import Foundation
import GRDB

/// One stored console session: the console's own encoding of it, and when it ends.
public struct StoredSession: Sendable, Equatable {
    public var accountID: String?
    public var value: Data
    public var expires: Date?

    public init(accountID: String?, value: Data, expires: Date?) {
        self.accountID = accountID
        self.value = value
        self.expires = expires
    }
}

extension Catalogue {
    /// The session of a cookie value, nil when there is none or it has expired.
    public func session(key: String, now: Date = Date()) throws(CatalogueError) -> StoredSession? {
        try read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM consoleSession WHERE key = ? AND (expires IS NULL OR expires > ?)",
                arguments: [key, now])
            return row.map { StoredSession(accountID: $0["accountID"], value: $0["value"], expires: $0["expires"]) }
        }
    }

    /// Stores a session; `replacing: false` refuses an existing key (returns false) instead of overwriting it.
    /// Expired sessions are swept here, so the table never grows past the sessions of the last hours.
    @discardableResult
    public func storeSession(
        key: String, _ session: StoredSession, replacing: Bool = true, now: Date = Date()
    ) throws(CatalogueError) -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM consoleSession WHERE expires IS NOT NULL AND expires <= ?", arguments: [now])
            let verb = replacing ? "INSERT OR REPLACE" : "INSERT OR IGNORE"
            try db.execute(
                sql: "\(verb) INTO consoleSession (key, accountID, value, expires) VALUES (?, ?, ?, ?)",
                arguments: [key, session.accountID, session.value, session.expires])
            return db.changesCount > 0
        }
    }

    /// Replaces a session's value (and its end, when given); false when it is gone (ended or expired).
    public func updateSession(key: String, value: Data, expires: Date?, now: Date = Date()) throws(CatalogueError) -> Bool {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE consoleSession SET value = :value, expires = COALESCE(:expires, expires)
                    WHERE key = :key AND (expires IS NULL OR expires > :now)
                    """,
                arguments: ["value": value, "expires": expires, "key": key, "now": now])
            return db.changesCount > 0
        }
    }

    public func removeSession(key: String) throws(CatalogueError) {
        try write { db in try db.execute(sql: "DELETE FROM consoleSession WHERE key = ?", arguments: [key]) }
    }

    /// How many live sessions an account has (the account page and tests show it).
    public func sessionCount(accountID: String, now: Date = Date()) throws(CatalogueError) -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM consoleSession WHERE accountID = ? AND (expires IS NULL OR expires > ?)",
                arguments: [accountID, now]) ?? 0
        }
    }

    static func endSessions(ofAccountNamed name: String, _ db: Database) throws {
        try db.execute(
            sql: "DELETE FROM consoleSession WHERE accountID IN (SELECT accountID FROM account WHERE name = ?)",
            arguments: [name])
    }
}
