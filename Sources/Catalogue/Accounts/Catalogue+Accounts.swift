public import Foundation
import GRDB

extension Catalogue {
    /// Every account, by name.
    public func accounts() throws(CatalogueError) -> [StoredAccount] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map(Self.account)
        }
    }

    /// One account; nil when there is none of that name.
    public func account(named name: String) throws(CatalogueError) -> StoredAccount? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).map(Self.account)
        }
    }

    /// The account of a never-reused id (what a console session is bound to); nil when it was removed.
    public func account(id: String) throws(CatalogueError) -> StoredAccount? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE accountID = ?", arguments: [id]).map(Self.account)
        }
    }

    /// Adds an account with a fresh random id; an existing name is refused rather than overwritten.
    public func addAccount(_ account: StoredAccount) throws(CatalogueError) {
        try write { db in
            let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [account.name]) ?? false
            if exists { throw CatalogueError(.notFound, path: "", message: "已有名为「\(account.name)」的账号；改密码用 users passwd") }
            try db.execute(
                sql: """
                    INSERT INTO account (name, role, station, passwordHash, createdAt, updatedAt, accountID)
                    VALUES (?, ?, ?, ?, ?, ?, lower(hex(randomblob(16))))
                    """,
                arguments: [account.name, account.role, account.station, account.passwordHash, account.createdAt, account.updatedAt])
        }
    }

    /// Replaces an account's password hash and ends every console session of the account.
    public func setPasswordHash(_ hash: String, forAccount name: String, at date: Date = Date()) throws(CatalogueError) {
        try write { db in
            try db.execute(sql: "UPDATE account SET passwordHash = ?, updatedAt = ? WHERE name = ?", arguments: [hash, date, name])
            if db.changesCount == 0 { throw Self.noAccount(name) }
            try Self.endSessions(ofAccountNamed: name, db)
        }
    }

    /// Removes an account and ends its console sessions.
    public func removeAccount(named name: String) throws(CatalogueError) {
        try write { db in
            try Self.endSessions(ofAccountNamed: name, db)
            try db.execute(sql: "DELETE FROM account WHERE name = ?", arguments: [name])
            if db.changesCount == 0 { throw Self.noAccount(name) }
        }
    }

    private static func noAccount(_ name: String) -> CatalogueError {
        CatalogueError(.notFound, path: "", message: "没有名为「\(name)」的账号；已有账号用 users list 查看")
    }

    private static func account(_ row: Row) -> StoredAccount {
        StoredAccount(
            name: row["name"], role: row["role"], station: row["station"], passwordHash: row["passwordHash"],
            createdAt: row["createdAt"], updatedAt: row["updatedAt"], accountID: row["accountID"] ?? "")
    }
}
