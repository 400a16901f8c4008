import Foundation
import Synchronization

/// Counts finished files across worker threads and reports at most ~10 times a second.
final class ProgressTracker: Sendable {
    private let report: @Sendable (IndexProgress) -> Void
    private let started = Date()
    /// `total` grows while the walk is still finding files, as probing starts before it ends.
    private let state: Mutex<(done: Int, total: Int, lastReport: TimeInterval)>

    init(total: Int = 0, report: @escaping @Sendable (IndexProgress) -> Void) {
        self.report = report
        state = Mutex((0, total, 0))
    }

    var rate: Double {
        let done = state.withLock { $0.done }
        let elapsed = Date().timeIntervalSince(started)
        return elapsed > 0 ? Double(done) / elapsed : 0
    }

    /// The number of files to probe found so far.
    func expect(_ total: Int) {
        state.withLock { $0.total = total }
    }

    func advance(current path: String) {
        let elapsed = Date().timeIntervalSince(started)
        let snapshot: (done: Int, total: Int)? = state.withLock { state in
            state.done += 1
            guard elapsed - state.lastReport >= 0.1 || state.done == state.total else { return nil }
            state.lastReport = elapsed
            return (state.done, state.total)
        }
        guard let (done, total) = snapshot else { return }
        report(IndexProgress(
            phase: .probing, done: done, total: total, currentPath: path,
            filesPerSecond: elapsed > 0 ? Double(done) / elapsed : 0))
    }
}
