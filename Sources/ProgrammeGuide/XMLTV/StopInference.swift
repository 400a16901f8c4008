import Foundation

/// Gives a programme without stop or length the start of the next programme on its channel. Streaming, it holds
/// back only the last such programme per channel; everything else goes out as soon as it is read. `ChannelKey`
/// names the channel: its id, or the slot the import's flat path gave it.
struct StopInference<ChannelKey: Hashable> {
    private var pending: [ChannelKey: (sequence: Int, programme: Programme)] = [:]

    mutating func add(_ programme: Programme, channel: ChannelKey, sequence: Int, emit: (Int, Programme) -> Void) {
        arrived(channel: channel, start: programme.start, emit: emit)
        if programme.stop == nil {
            pending[channel] = (sequence, programme)
        } else {
            emit(sequence, programme)
        }
    }

    /// A programme starting at `start` is read on the channel: the one held back there, if any, goes out first,
    /// ending when this one starts.
    mutating func arrived(channel: ChannelKey, start: Date, emit: (Int, Programme) -> Void) {
        // Most guides give every stop: then nothing is pending and the channel is not even hashed.
        guard !pending.isEmpty, let previous = pending.removeValue(forKey: channel) else { return }
        var earlier = previous.programme
        // A guide out of order on a channel gives no usable successor: leave the stop unknown.
        if start > earlier.start {
            earlier.stop = start
            earlier.stopIsInferred = true
        }
        emit(previous.sequence, earlier)
    }

    /// The last programme of each channel that had neither stop nor length: its stop stays unknown.
    mutating func flush(emit: (Int, Programme) -> Void) {
        for (sequence, programme) in pending.values.sorted(by: { $0.sequence < $1.sequence }) {
            emit(sequence, programme)
        }
        pending = [:]
    }
}
