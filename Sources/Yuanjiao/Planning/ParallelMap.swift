import Dispatch
import Foundation

/// Maps an array on all cores in contiguous chunks, keeping the order: planning and encoding 5,000 stations are
/// independent per station (the planner is a pure `Sendable` value), so they need not wait for one core.
enum ParallelMap {
    /// Results land in distinct slots; the lock only guards the array's storage between chunks.
    private final class Slots<T>: @unchecked Sendable {
        var values: [T?]
        let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    static func map<Element: Sendable, T>(_ elements: [Element], _ transform: @Sendable (Element) -> T) -> [T] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard cores > 1, elements.count >= 64 else { return elements.map(transform) }
        let chunks = cores * 4
        let size = (elements.count + chunks - 1) / chunks
        let slots = Slots<T>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = min(elements.count, chunk * size)..<min(elements.count, (chunk + 1) * size)
            let mapped = elements[range].map(transform)
            slots.lock.lock()
            for (offset, value) in zip(range, mapped) { slots.values[offset] = value }
            slots.lock.unlock()
        }
        return slots.values.map { $0! }
    }
}
