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

    /// Marks a rescan as started; false when one is already running.
    func begin() -> Bool {
        if running { return false }
        running = true
        return true
    }

    func end(_ outcome: Outcome) {
        running = false
        last = outcome
    }
}
