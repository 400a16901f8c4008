import Foundation

/// Where the import's flat path puts programmes: rows of a `ProgrammeRows` chunk, handed on when full. Numbers
/// the channels, and holds back a programme without stop or length until the next one on its channel (as
/// `GuideReader.stream` does, keyed by slot), so rows come out in the same order as `Programme`s would.
/// A class: stop inference hands programmes back into the chunk while it runs.
final class RowSink {
    private let chunkSize: Int
    private let deliver: (ProgrammeRows) -> Void
    private(set) var chunk: ProgrammeRows
    private var channels = ChannelSlots()
    private var stops = StopInference<Int>()

    init(chunkSize: Int, deliver: @escaping (ProgrammeRows) -> Void) {
        self.chunkSize = chunkSize
        self.deliver = deliver
        chunk = ProgrammeRows(capacity: chunkSize)
    }

    /// A programme read the slow way (`ProgrammeDraft`): a part of a clump, one without stop, or one with a
    /// warning.
    func add(_ programme: Programme, sequence: Int) {
        let slot = slot(for: programme.channel)
        stops.add(programme, channel: slot, sequence: sequence) { _, ready in
            chunk.append(ready, slot: slot, newChannel: false)
            handOnIfFull()
        }
    }

    /// The channel's slot, introduced in the chunk when it is new.
    func slot(for channel: String) -> Int {
        var channel = channel
        return channel.withUTF8 { slot(forBytes: $0) }
    }

    func slot(forBytes channel: UnsafeBufferPointer<UInt8>) -> Int {
        let (slot, isNew) = channels.slot(forBytes: channel)
        if isNew { chunk.introduce(channels.names[slot]) }
        return slot
    }

    /// Before a row of the fast path is added: a programme held back on its channel goes first.
    func arriving(slot: Int, start: Date) {
        stops.arrived(channel: slot, start: start) { _, ready in
            chunk.append(ready, slot: slot, newChannel: false)
            handOnIfFull()
        }
    }

    /// Adds one row of the fast path; `build` writes its texts into the chunk and returns it.
    func addRow(guideDate: Date?, _ build: (inout ProgrammeRows) -> ProgrammeRows.Row) {
        let row = build(&chunk)
        chunk.append(row, guideDate: guideDate)
        handOnIfFull()
    }

    /// The programmes still held back, then the last chunk.
    func finish() {
        stops.flush { _, ready in
            chunk.append(ready, slot: slot(for: ready.channel), newChannel: false)
            handOnIfFull()
        }
        // Every channel comes with a programme, so a chunk without rows has no channel to tell either.
        if chunk.count > 0 { deliver(chunk) }
        chunk = ProgrammeRows()
    }

    private func handOnIfFull() {
        guard chunk.count >= chunkSize else { return }
        deliver(chunk)
        chunk = ProgrammeRows(capacity: chunkSize)
    }
}
