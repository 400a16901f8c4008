import Foundation
import Hummingbird
import Yuanjiao

/// hummingbird-auth's session storage over the catalogue: a restart of the console keeps everyone
/// logged in, and `users passwd` / `users remove` (even from the CLI, in another process) end an
/// account's sessions because each stored session is bound to its account's id.
struct CatalogueSessionDriver: PersistDriver {
    let workspace: Workspace

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let stored = try await store(key: key, value: value, expires: expires, replacing: false)
        if !stored { throw PersistError.duplicate }
    }

    /// Updates a live session, or stores a new one; a session ended meanwhile (password changed) is not
    /// brought back by a request that loaded it before: only a write with an end time (a login) inserts.
    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let data = try JSONEncoder().encode(value)
        let end = expires.map(Self.date(after:))
        let updated = try await background { try $0.updateSession(key: key, value: data, expires: end) }
        if !updated, expires != nil {
            _ = try await store(key: key, value: value, expires: expires, replacing: false)
        }
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let found = try await background({ try $0.session(key: key) }) else { return nil }
        guard let object = try? JSONDecoder().decode(type, from: found.value) else { throw PersistError.invalidConversion }
        let ttl = found.expires.map { Duration.seconds(max(0, Int($0.timeIntervalSinceNow))) }
        return (object, ttl)
    }

    func remove(key: String) async throws {
        try await background { try $0.removeSession(key: key) }
    }

    private func store<Object: Codable & Sendable>(
        key: String, value: Object, expires: Duration?, replacing: Bool
    ) async throws -> Bool {
        let data = try JSONEncoder().encode(value)
        let accountID = (value as? ConsoleSession)?.accountID
        let end = expires.map(Self.date(after:))
        return try await background {
            try $0.storeSession(key: key, accountID: accountID, value: data, expires: end, replacing: replacing)
        }
    }

    private static func date(after duration: Duration) -> Date {
        Date().addingTimeInterval(TimeInterval(duration.components.seconds))
    }

    /// Catalogue work off the event loops, as every other route does it.
    private func background<T: Sendable>(_ body: @escaping @Sendable (Workspace) throws -> T) async throws -> T {
        let workspace = workspace
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body(workspace) }) }
        }
    }
}
