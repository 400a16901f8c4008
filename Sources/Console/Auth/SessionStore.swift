import Foundation

/// A logged-in browser: the account it is for and the CSRF token its forms must carry.
struct ConsoleSession: Sendable, Equatable {
    var token: String
    var accountName: String
    var csrfToken: String
    var expires: Date
}

/// Sessions live in memory: a restart of the console logs everyone out, which is acceptable for a
/// county office and keeps session tokens out of the catalogue file that is copied between PCs.
actor SessionStore {
    private var sessions: [String: ConsoleSession] = [:]
    private let lifetime: TimeInterval
    private let now: @Sendable () -> Date

    init(lifetime: TimeInterval = 8 * 3600, now: @escaping @Sendable () -> Date = Date.init) {
        self.lifetime = lifetime
        self.now = now
    }

    func create(for accountName: String) -> ConsoleSession {
        let session = ConsoleSession(
            token: SecureToken.make(), accountName: accountName, csrfToken: SecureToken.make(),
            expires: now().addingTimeInterval(lifetime))
        sessions[session.token] = session
        return session
    }

    /// The live session of a cookie value; an expired one is forgotten. Use keeps a session alive.
    func session(token: String) -> ConsoleSession? {
        guard var session = sessions[token] else { return nil }
        guard session.expires > now() else {
            sessions[token] = nil
            return nil
        }
        session.expires = now().addingTimeInterval(lifetime)
        sessions[token] = session
        return session
    }

    func remove(token: String) {
        sessions[token] = nil
    }

    /// Logs an account out everywhere (its password changed or it was removed).
    func removeAll(for accountName: String) {
        sessions = sessions.filter { $0.value.accountName != accountName }
    }
}
