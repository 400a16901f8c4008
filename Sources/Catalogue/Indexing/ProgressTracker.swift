import Foundation
import Synchronization

/// Counts finished files across worker threads and reports at most ~10 times a second.
final class ProgressTracker: Sendable {
    private let total: Int
    private let report: @Sendable (IndexProgress) -> Void
    private let started = Date()
    private let state = Mutex<(done: Int, lastReport: TimeInterval)>((0, 0))

    init(total: Int, report: @escaping @Sendable (IndexProgress) -> Void) {
        self.total = total
        self.report = report
    }

    var rate: Double {
        let done = state.withLock { $0.done }
        let elapsed = Date().timeIntervalSince(started)
        return elapsed > 0 ? Double(done) / elapsed : 0
    }

    func advance(current path: String) {
        let elapsed = Date().timeIntervalSince(started)
        let snapshot: Int? = state.withLock { state in
            state.done += 1
            guard elapsed - state.lastReport >= 0.1 || state.done == total else { return nil }
            state.lastReport = elapsed
            return state.done
        }
        guard let done = snapshot else { return }
        report(IndexProgress(
            phase: .probing, done: done, total: total, currentPath: path,
            filesPerSecond: elapsed > 0 ? Double(done) / elapsed : 0))
    }
}
