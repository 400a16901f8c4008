import Foundation

/// Another process's progress (a file growing, a line on its stderr, a port answering) cannot be
/// awaited, only looked at: these tests poll it here, and only here (`Scripts/lint.sh` refuses a sleep
/// anywhere else in the tests).
enum ProcessPolling {
    /// Looks at `condition` every `interval` until it holds or `timeout` has passed; whether it held.
    @discardableResult
    static func until(timeout: TimeInterval = 20, every interval: TimeInterval = 0.005, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: interval)
        }
        return condition()
    }

    /// `until` for a condition that is itself asynchronous (a request to a server starting up).
    static func until(timeout: TimeInterval = 20, every interval: Duration = .milliseconds(100), _ condition: () async -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if await condition() { return true }
            try await Task.sleep(for: interval)
        }
        return await condition()
    }
}
