import Catalogue
public import Foundation

/// The console's sessions, kept in the catalogue so that a restart keeps everyone logged in. The
/// console encodes what a session holds; here it is bytes bound to an account id and an end time. The
/// catalogue keeps only the SHA-256 of a session's key (the cookie's value): a catalogue copied to
/// another PC carries no cookie anyone could log in with.
extension Workspace {
    /// The value of a live session; nil when the key is unknown, ended or expired.
    public func session(key: String) throws(YuanjiaoError) -> (value: Data, expires: Date?)? {
        try Self.boundary { try catalogue.session(key: Self.storedKey(key)).map { ($0.value, $0.expires) } }
    }

    /// Stores a session bound to `accountID`; with `replacing: false` an existing key is kept and false returned.
    @discardableResult
    public func storeSession(
        key: String, accountID: String?, value: Data, expires: Date?, replacing: Bool = true
    ) throws(YuanjiaoError) -> Bool {
        try Self.boundary {
            try catalogue.storeSession(
                key: Self.storedKey(key), StoredSession(accountID: accountID, value: value, expires: expires), replacing: replacing)
        }
    }

    /// Replaces a live session's value (and end, when given); false when it has ended meanwhile.
    public func updateSession(key: String, value: Data, expires: Date?) throws(YuanjiaoError) -> Bool {
        try Self.boundary { try catalogue.updateSession(key: Self.storedKey(key), value: value, expires: expires) }
    }

    public func removeSession(key: String) throws(YuanjiaoError) {
        try Self.boundary { try catalogue.removeSession(key: Self.storedKey(key)) }
    }

    /// The live sessions of an account.
    public func sessionCount(accountID: String) throws(YuanjiaoError) -> Int {
        try Self.boundary { try catalogue.sessionCount(accountID: accountID) }
    }

    private static func storedKey(_ key: String) -> String { SHA256.hex(Array(key.utf8)) }
}
