import Foundation

/// Slows password guessing: after `accountLimit` failed logins within `window` for one account from one
/// address, that account is refused from that address, and after `addressLimit` failures an address
/// (whatever the account) is refused, until the window has passed. Keyed by account and address, so a
/// guesser elsewhere on the LAN cannot lock the county's admin out of the console; the CLI (`yuanjiao
/// users passwd`) never goes through here, so the only admin is never locked out of it.
actor LoginLimiter {
    private var failures: [String: [Date]] = [:]
    private let accountLimit: Int
    private let addressLimit: Int
    private let window: TimeInterval
    private let now: @Sendable () -> Date

    init(
        accountLimit: Int = 5, addressLimit: Int = 20, window: TimeInterval = 15 * 60,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.accountLimit = accountLimit
        self.addressLimit = addressLimit
        self.window = window
        self.now = now
    }

    /// Whether a login attempt may be tried now.
    func allows(account: String, address: String) -> Bool {
        recent(Self.accountKey(account, address)) < accountLimit && recent("address:" + address) < addressLimit
    }

    func recordFailure(account: String, address: String) {
        let time = now()
        failures[Self.accountKey(account, address), default: []].append(time)
        failures["address:" + address, default: []].append(time)
    }

    /// A successful login clears the account's count, not the address's: one right password from an
    /// address that is guessing many accounts does not reset its allowance.
    func recordSuccess(account: String, address: String) {
        failures[Self.accountKey(account, address)] = nil
    }

    private static func accountKey(_ account: String, _ address: String) -> String {
        "account:" + address + "\u{0}" + account
    }

    private func recent(_ key: String) -> Int {
        let cutoff = now().addingTimeInterval(-window)
        let kept = (failures[key] ?? []).filter { $0 > cutoff }
        failures[key] = kept.isEmpty ? nil : kept
        return kept.count
    }
}
