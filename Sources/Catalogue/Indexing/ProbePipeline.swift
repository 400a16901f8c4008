import Dispatch
import Synchronization

/// Hands out probed batches in order while the following batch is already being probed on the
/// worker threads, so the caller's database writes overlap the next batch's I/O and decoding.
final class ProbePipeline: Sendable {
    private let batches: [[FoundFile]]
    private let jobs: Int
    private let tracker: ProgressTracker
    private let state = Mutex<(next: Int, inFlight: DispatchGroup?, result: [ProbedFile]?)>((0, nil, nil))

    init(batches: [[FoundFile]], jobs: Int, tracker: ProgressTracker) {
        self.batches = batches
        self.jobs = jobs
        self.tracker = tracker
        start(0)
    }

    /// The next batch's results, waiting for them if needed; nil when all batches were handed out.
    func next() -> [ProbedFile]? {
        guard let group = state.withLock({ $0.inFlight }) else { return nil }
        group.wait()
        let (index, result) = state.withLock { state -> (Int, [ProbedFile]?) in
            let result = state.result
            state.result = nil
            state.inFlight = nil
            return (state.next, result)
        }
        start(index)
        return result
    }

    private func start(_ index: Int) {
        guard index < batches.count else { return }
        let group = DispatchGroup()
        state.withLock { state in
            state.next = index + 1
            state.inFlight = group
        }
        let batch = batches[index]
        DispatchQueue.global().async(group: group) { [self] in
            let probed = ParallelMap.map(batch, jobs: jobs) { file in
                let result = ProbedFile.examine(file)
                tracker.advance(current: file.path)
                return result
            }
            state.withLock { $0.result = probed }
        }
    }
}
