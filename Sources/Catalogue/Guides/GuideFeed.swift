import Foundation
import ProgrammeGuide

/// Reads a guide on its own thread and hands programmes over in chunks, so parsing XML and writing
/// SQLite run side by side (each is about half of a large import). At most `capacity` chunks wait,
/// which keeps memory flat on any file size.
final class GuideFeed: @unchecked Sendable {
    // @unchecked Sendable: every mutable field is read and written only while holding `condition`.
    enum Item {
        case channel(Channel)
        /// Programmes flattened on the reading thread into rows of bytes, which the writer binds as they are,
        /// with each row's `ProgrammeRecord` digest, also computed there.
        case programmes(ProgrammeRows, digests: [UInt64])
    }

    private let condition = NSCondition()
    private var queue: [Item] = []
    private var finished = false
    private var outcome: Result<[GuideWarning], GuideError>?
    private var cancelled = false
    private let capacity = 8
    private let chunkSize = 2_000

    init(url: URL, options: GuideOptions) {
        let thread = Thread { [self] in read(url: url, options: options) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next item, waiting for the reader; nil once the guide is read to the end or failed.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let item = queue.removeFirst()
        condition.broadcast()
        return item
    }

    /// After `next()` returned nil: the reader's warnings, or the error that stopped it.
    func result() throws(GuideError) -> [GuideWarning] {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return try outcome!.get()
    }

    /// Stops handing out items (the writer failed); the reader runs to its end without queueing.
    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func read(url: URL, options: GuideOptions) {
        let result: Result<[GuideWarning], GuideError>
        do {
            let warnings = try GuideReader.streamRows(
                contentsOf: url, options: options, chunkSize: chunkSize,
                channel: { [self] channel in push(.channel(channel)) },
                rows: { [self] rows in push(.programmes(rows, digests: ProgrammeRecord.digests(of: rows))) })
            result = .success(warnings)
        } catch {
            result = .failure(error)
        }
        condition.lock()
        outcome = result
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private func push(_ item: Item) {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return }
        queue.append(item)
        condition.broadcast()
    }
}
