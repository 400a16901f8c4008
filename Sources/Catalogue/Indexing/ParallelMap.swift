import Dispatch
import Synchronization

/// Maps items on `jobs` threads, keeping input order. Probing is blocking C I/O, so plain threads
/// (not the cooperative async pool) are the right tool.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard !items.isEmpty else { return [] }
        let slots = Slots<Result>(count: items.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                slots.store(transform(items[index]), at: index)
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
