import Foundation
import ProgrammeGuide

/// Reads a guide on its own thread and hands programmes over in chunks, so parsing XML and writing
/// SQLite run side by side (each is about half of a large import). At most `capacity` chunks wait,
/// which keeps memory flat on any file size.
final class GuideFeed: @unchecked Sendable {
    // @unchecked Sendable: every mutable field is read and written only while holding `condition`.
    enum Item {
        case channel(Channel)
        case programmes([Prepared])
    }

    /// A programme with its row worked out on the reading thread (digest, joined lines), which evens out the
    /// two threads: the writer, with SQLite, was the longer one. No row for a part of a clump, which is
    /// merged first.
    struct Prepared {
        var programme: Programme
        var record: ProgrammeRecord?
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
        var chunk: [Prepared] = []
        chunk.reserveCapacity(chunkSize)
        let result: Result<[GuideWarning], GuideError>
        do {
            let warnings = try GuideReader.stream(
                contentsOf: url, options: options,
                channel: { [self] channel in push(.channel(channel)) },
                programme: { [self] programme in
                    let record = ClumpMerger.isPart(programme) ? nil : ProgrammeRecord(programme)
                    chunk.append(Prepared(programme: programme, record: record))
                    if chunk.count == chunkSize {
                        push(.programmes(chunk))
                        chunk.removeAll(keepingCapacity: true)
                    }
                })
            if !chunk.isEmpty { push(.programmes(chunk)) }
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
