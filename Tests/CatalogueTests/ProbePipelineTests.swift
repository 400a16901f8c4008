import Synchronization
import Testing
@testable import Catalogue

/// The workers probe ahead of the writer and across batch boundaries; the writer must still get every batch in
/// order, each file once, while the list is still growing, and a writer that stops early must get nothing more.
@Suite("Probe pipeline")
struct ProbePipelineTests {
    private static func files(_ count: Int, from first: Int = 0) -> [FoundFile] {
        (first..<first + count).map { FoundFile(path: "/nonexistent/\($0 / 10)/\($0).mp4", size: 1, mtime: 0) }
    }

    @Test("every batch comes once, in order, with its files in order, for any number of workers and batch size")
    func batchesInOrder() {
        for (jobs, batchSize, count) in [(1, 5, 35), (2, 5, 35), (2, 3, 1), (3, 256, 700), (2, 16, 0)] {
            let files = Self.files(count)
            let pipeline = ProbePipeline(jobs: jobs, tracker: ProgressTracker { _ in }, window: 2 * batchSize)
            // Added in uneven pieces, as the walk reports them.
            var added = 0
            for piece in [1, 7, 64, 3, 1000] where added < count {
                pipeline.add(files[added..<min(count, added + piece)])
                added = min(count, added + piece)
            }
            pipeline.completeList()
            var received: [String] = []
            for range in Catalogue.batchRanges(count: count, size: batchSize) {
                let batch = pipeline.take(range)
                #expect(batch?.count == range.count)
                received += batch?.map(\.file.path) ?? []
            }
            #expect(received == files.map(\.path), "\(jobs) workers, batches of \(batchSize), \(count) files")
        }
    }

    @Test("a batch can be taken before the walk has found the rest of the files")
    func takeWhileGrowing() {
        let pipeline = ProbePipeline(jobs: 2, tracker: ProgressTracker { _ in }, window: 8)
        pipeline.add(Self.files(12))
        #expect(pipeline.take(0..<4)?.map(\.file.path) == Self.files(4).map(\.path))
        #expect(pipeline.take(4..<12)?.count == 8)
        pipeline.add(Self.files(5, from: 12))
        pipeline.completeList()
        #expect(pipeline.take(12..<17)?.map(\.file.path) == Self.files(5, from: 12).map(\.path))
    }

    @Test("after cancel no further batch is handed out")
    func cancelStops() {
        let pipeline = ProbePipeline(jobs: 2, tracker: ProgressTracker { _ in }, window: 3)
        pipeline.add(Self.files(18))
        pipeline.completeList()
        #expect(pipeline.take(0..<3)?.count == 3)
        pipeline.cancel()
        #expect(pipeline.take(3..<6) == nil)
    }

    @Test("progress counts every file and ends at the number found")
    func progressCountsAll() {
        let last = Mutex<(done: Int, total: Int)>((0, 0))
        let pipeline = ProbePipeline(jobs: 2, tracker: ProgressTracker { progress in
            // Reports leave the lock before they are delivered, so keep the furthest one.
            last.withLock { if progress.done >= $0.done { $0 = (progress.done, progress.total) } }
        }, window: 100)
        pipeline.add(Self.files(30))
        pipeline.add(Self.files(20, from: 30))
        pipeline.completeList()
        #expect(pipeline.take(0..<50)?.count == 50)
        let (done, total) = last.withLock { $0 }
        #expect(done == 50)
        #expect(total == 50)
    }
}
