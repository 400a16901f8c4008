import Dispatch
import Synchronization

/// Maps items on `jobs` threads, keeping input order. Probing is blocking C I/O, so plain threads
/// (not the cooperative async pool) are the right tool.
enum ParallelMap {
    /// Each worker claims up to `groupSize` neighbouring items at a time and transforms them together (a group's
    /// fingerprints are hashed in one loop); `worker` (0..<jobs) is for scratch space kept per worker. Near the
    /// end the groups shrink, so the workers finish together instead of one waiting for another's last group.
    static func mapGroups<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, groupSize: Int,
        _ transform: @Sendable (_ worker: Int, _ group: ArraySlice<Item>) -> [Result]
    ) -> [Result] {
        guard !items.isEmpty else { return [] }
        let slots = Slots<Result>(count: items.count)
        let next = Atomic<Int>(0)
        let workers = min(max(1, jobs), items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var start = next.load(ordering: .relaxed)
            while start < items.count {
                let size = max(1, min(groupSize, (items.count - start) / (2 * workers)))
                let (claimed, current) = next.compareExchange(expected: start, desired: start + size, ordering: .relaxed)
                guard claimed else {
                    start = current
                    continue
                }
                let results = transform(worker, items[start..<start + size])
                precondition(results.count == size, "one result per item")
                for (offset, result) in results.enumerated() { slots.store(result, at: start + offset) }
                start = next.load(ordering: .relaxed)
            }
        }
        return slots.collect()
    }
}

/// Result storage written by several threads at once.
/// @unchecked Sendable: every index is claimed by exactly one worker through the atomic counter,
/// and `collect()` runs after `concurrentPerform` has joined all of them.
private final class Slots<Value>: @unchecked Sendable {
    // A raw buffer, not an Array: concurrent writes to distinct elements of a stored Array would trip
    // Swift's exclusivity checks on the property itself.
    private let base: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        base[index] = value
    }

    func collect() -> [Value] {
        (0..<count).map { base[$0]! }
    }
}
