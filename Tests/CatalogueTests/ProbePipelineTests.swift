import Testing
@testable import Catalogue

/// The pipeline probes ahead of the writer; it must still hand batches over in order, each once, and let a
/// caller that stops early go without leaving the producer waiting for room.
@Suite("Probe pipeline")
struct ProbePipelineTests {
    private static func batches(_ count: Int, size: Int) -> [[FoundFile]] {
        (0..<count).map { batch in
            (0..<size).map { FoundFile(path: "/nonexistent/\(batch)/\($0).mp4", size: 1, mtime: 0) }
        }
    }

    @Test("every batch comes once, in order, with its files in order")
    func batchesInOrder() {
        let batches = Self.batches(7, size: 5)
        let pipeline = ProbePipeline(batches: batches, jobs: 2, tracker: ProgressTracker(total: 35) { _ in }, ahead: 2)
        var received: [[String]] = []
        while let probed = pipeline.next() { received.append(probed.map(\.file.path)) }
        #expect(received == batches.map { $0.map(\.path) })
        #expect(pipeline.next() == nil)
    }

    @Test("after cancel no further batch is handed out")
    func cancelStops() {
        let pipeline = ProbePipeline(batches: Self.batches(6, size: 3), jobs: 2, tracker: ProgressTracker(total: 18) { _ in }, ahead: 1)
        #expect(pipeline.next()?.count == 3)
        pipeline.cancel()
        #expect(pipeline.next() == nil)
    }
}
