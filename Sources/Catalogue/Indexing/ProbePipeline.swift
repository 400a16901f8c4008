import Dispatch
import Synchronization

/// Probes the batches in order on the worker threads, up to `ahead` batches before the caller takes them, so
/// the caller's database writes overlap the probing and the probing threads never stand idle waiting for the
/// writer to ask for more (lockstep left a core idle for about a tenth of a 2,000-file run). `ahead` keeps
/// memory bounded; `cancel()` releases the producer when the caller stops early.
final class ProbePipeline: Sendable {
    private let count: Int
    private let ready = DispatchSemaphore(value: 0)
    private let room: DispatchSemaphore
    private let state = Mutex<(probed: [[ProbedFile]], handedOut: Int, cancelled: Bool)>(([], 0, false))

    init(batches: [[FoundFile]], jobs: Int, tracker: ProgressTracker, ahead: Int = 2) {
        count = batches.count
        // Created empty and then signalled: libdispatch traps when a semaphore is freed holding less than it was
        // created with, which a pipeline cancelled with the producer waiting for room does.
        room = DispatchSemaphore(value: 0)
        for _ in 0..<max(1, ahead) { room.signal() }
        guard !batches.isEmpty else { return }
        let fingerprinters = (0..<max(1, jobs)).map { _ in GroupFingerprinter() }
        DispatchQueue.global().async { [self] in
            for batch in batches {
                room.wait()
                if state.withLock({ $0.cancelled }) { return }
                let probed = ParallelMap.mapGroups(batch, jobs: jobs, groupSize: GroupFingerprinter.groupSize) { worker, files in
                    ProbedFile.examine(files, fingerprinter: fingerprinters[worker]).map { result in
                        tracker.advance(current: result.file.path)
                        return result
                    }
                }
                state.withLock { $0.probed.append(probed) }
                ready.signal()
            }
        }
    }

    /// The next batch's results, waiting for them if needed; nil when all batches were handed out.
    func next() -> [ProbedFile]? {
        guard state.withLock({ $0.handedOut < count && !$0.cancelled }) else { return nil }
        ready.wait()
        let batch = state.withLock { state in
            state.handedOut += 1
            return state.probed.removeFirst()
        }
        room.signal()
        return batch
    }

    /// Stops probing batches not yet started (the caller failed part-way); the one being probed finishes.
    func cancel() {
        state.withLock { $0.cancelled = true }
        room.signal()
    }
}
