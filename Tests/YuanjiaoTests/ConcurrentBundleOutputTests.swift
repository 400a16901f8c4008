import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Yuanjiao

/// Two `plan --out` into one folder at once: the second waits for the first (and says so), and every
/// bundle left there verifies.
@Suite struct ConcurrentBundleOutputTests {
    @Test func twoRunsIntoOneFolderLeaveBundlesThatVerify() async throws {
        let scratch = try NoticeBundleTests.Scratch()
        defer { scratch.remove() }
        let waited = WaitCounter()
        for _ in 0..<3 {
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        var options = BundleOptions(withCourseware: true)
                        options.waitingForOutput = { waited.add() }
                        return (try? scratch.writeReport(options)).map { $0.failures.isEmpty } ?? false
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes == [true, true, true])
            let report = Workspace.verify(bundle: scratch.out.appendingPathComponent("shuangqiao"), coursewareRoot: nil, full: true)
            #expect(report.passed, "\(report.problems)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.out.path)
        #expect(!names.contains { $0.hasPrefix(BundleFolderWriter.temporaryPrefix) })
    }

    @Test func aSecondRunWaitsForTheFirstAndSaysSo() throws {
        let scratch = try NoticeBundleTests.Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.out, withIntermediateDirectories: true)
        var held: BundleOutputLock? = try BundleOutputLock.acquire(in: scratch.out, waiting: { Issue.record("nobody held the lock") })
        let waited = WaitCounter(), finished = WaitCounter()
        Thread.detachNewThread {
            var options = BundleOptions(withCourseware: true)
            options.waitingForOutput = { waited.add() }
            _ = try? scratch.writeReport(options)
            finished.add()
        }
        // The run cannot write while the lock is held: it says it waits, then writes once released.
        while waited.count == 0 { sched_yield() }
        #expect(finished.count == 0 && held != nil)
        held = nil
        while finished.count == 0 { sched_yield() }
        #expect(waited.count == 1)
        #expect(Workspace.verify(bundle: scratch.out.appendingPathComponent("shuangqiao"), coursewareRoot: nil).passed)
    }
}

/// Counts calls from several threads.
final class WaitCounter: @unchecked Sendable {
    // Guarded by `lock`: the test's threads call `add` concurrently.
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func add() { lock.withLock { value += 1 } }
}
