import Catalogue
import Foundation

extension Workspace {
    /// `yuanjiao users add`: a new console account. A station account needs a station id; the others have none.
    public func addAccount(
        _ account: Account, password: String, cost: UInt8 = PasswordHashing.defaultCost
    ) throws(YuanjiaoError) {
        try Self.validate(account.name)
        try Self.validate(password: password)
        if account.role == .station, (account.station ?? "").isEmpty {
            throw YuanjiaoError(.usage, "站点管理员账号要指定站点：--station 站点编号（见站点文件中的 id）")
        }
        if account.role != .station, account.station != nil {
            throw YuanjiaoError(.usage, "只有站点管理员账号（--role station）才能指定 --station")
        }
        let hash = PasswordHashing.hash(password, cost: cost)
        try Self.boundary {
            try catalogue.addAccount(StoredAccount(
                name: account.name, role: account.role.rawValue, station: account.station, passwordHash: hash,
                createdAt: account.createdAt, updatedAt: account.createdAt))
        }
    }

    /// `yuanjiao users list`.
    public func accounts() throws(YuanjiaoError) -> [Account] {
        try Self.boundary { try catalogue.accounts().compactMap(Self.account) }
    }

    /// `yuanjiao users remove`: also ends the account's console sessions.
    public func removeAccount(named name: String) throws(YuanjiaoError) {
        try Self.boundary { try catalogue.removeAccount(named: name) }
    }

    /// `yuanjiao users passwd` and the console's password page: also ends every console session of the account.
    public func changePassword(
        ofAccount name: String, to password: String, cost: UInt8 = PasswordHashing.defaultCost
    ) throws(YuanjiaoError) {
        try Self.validate(password: password)
        let hash = PasswordHashing.hash(password, cost: cost)
        try Self.boundary { try catalogue.setPasswordHash(hash, forAccount: name) }
    }

    /// The console's login: the account when the password matches, else nil. Always spends one bcrypt
    /// verification, also for an unknown name, so the time taken does not tell which names exist.
    public func authenticate(name: String, password: String) throws(YuanjiaoError) -> Account? {
        let stored = try Self.boundary { try catalogue.account(named: name) }
        let hash = stored?.passwordHash ?? Self.decoyHash
        // No stored password holds a control character, and bcrypt would cut this one at a NUL.
        let acceptable = !password.unicodeScalars.contains(where: Self.isControl)
        let matches = PasswordHashing.verify(acceptable ? password : "", hash: hash) && acceptable
        guard matches, let stored else { return nil }
        return Self.account(stored)
    }

    /// One account by name (the console re-reads it on each request, so a removed account loses access).
    public func account(named name: String) throws(YuanjiaoError) -> Account? {
        try Self.boundary { try catalogue.account(named: name).flatMap(Self.account) }
    }

    /// The account a console session is bound to; nil once it was removed (a re-added name has a new id).
    public func account(id: String) throws(YuanjiaoError) -> Account? {
        try Self.boundary { try catalogue.account(id: id).flatMap(Self.account) }
    }

    private static let decoyHash = PasswordHashing.hash("yuanjiao-decoy", cost: PasswordHashing.defaultCost)

    private static func account(_ stored: StoredAccount) -> Account? {
        guard let role = Account.Role(rawValue: stored.role) else { return nil }
        return Account(name: stored.name, role: role, station: stored.station, createdAt: stored.createdAt, id: stored.accountID)
    }

    private static func validate(_ name: String) throws(YuanjiaoError) {
        let allowed = name.unicodeScalars.allSatisfy { !$0.properties.isWhitespace && $0.value >= 0x20 && $0 != "/" }
        if name.isEmpty || name.count > 64 || !allowed {
            throw YuanjiaoError(.usage, "账号名「\(name)」不可用：1 到 64 个字符，不含空格、斜杠和控制字符")
        }
    }

    /// C0, DEL and C1 control characters.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func validate(password: String) throws(YuanjiaoError) {
        if password.count < 8 { throw YuanjiaoError(.usage, "密码至少要 8 个字符") }
        // bcrypt stops at a NUL byte: "abcdefgh\0anything" would be the same password as "abcdefgh".
        if password.unicodeScalars.contains(where: Self.isControl) {
            throw YuanjiaoError(.usage, "密码不能含控制字符（如 NUL、换行、制表符、退格）：请只用可见字符和空格")
        }
        // bcrypt reads only the first 72 bytes: a longer password would be silently cut.
        if password.utf8.count > 72 { throw YuanjiaoError(.usage, "密码最多 72 个字节（约 24 个汉字）") }
    }
}
