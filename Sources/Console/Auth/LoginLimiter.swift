import Foundation

/// Slows password guessing: after `maxFailures` failed logins within `window`, the account (whatever
/// the address) and the address (whatever the account) are refused until the window has passed.
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
        recent("account:" + account) < accountLimit && recent("address:" + address) < addressLimit
    }

    func recordFailure(account: String, address: String) {
        let time = now()
        failures["account:" + account, default: []].append(time)
        failures["address:" + address, default: []].append(time)
    }

    /// A successful login clears the account's count, not the address's: one right password from an
    /// address that is guessing many accounts does not reset its allowance.
    func recordSuccess(account: String) {
        failures["account:" + account] = nil
    }

    private func recent(_ key: String) -> Int {
        let cutoff = now().addingTimeInterval(-window)
        let kept = (failures[key] ?? []).filter { $0 > cutoff }
        failures[key] = kept.isEmpty ? nil : kept
        return kept.count
    }
}
