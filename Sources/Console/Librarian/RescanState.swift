import Foundation

/// The last rescan of the watched folders, for the page that shows it, and a guard so that the timer and
/// the button never start two at once (the catalogue's own lock would make the second wait anyway).
actor RescanState {
    struct Outcome: Sendable {
        var finished: Date
        var summary: String
        var failed: Bool
    }

    private(set) var running = false
    private(set) var last: Outcome?
    private var waiters: [CheckedContinuation<Outcome, Never>] = []

    /// The last rescan's outcome, awaiting the first one when there has been none yet.
    func firstOutcome() async -> Outcome {
        if let last { return last }
        return await withCheckedContinuation { waiters.append($0) }
    }

    /// Marks a rescan as started; false when one is already running.
    func begin() -> Bool {
        if running { return false }
        running = true
        return true
    }

    func end(_ outcome: Outcome) {
        running = false
        last = outcome
        for waiter in waiters { waiter.resume(returning: outcome) }
        waiters = []
    }
}
