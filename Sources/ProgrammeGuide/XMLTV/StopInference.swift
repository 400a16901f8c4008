/// Gives a programme without stop or length the start of the next programme on its channel. Streaming, it holds
/// back only the last such programme per channel; everything else goes out as soon as it is read.
struct StopInference {
    private var pending: [String: (sequence: Int, programme: Programme)] = [:]

    mutating func add(_ programme: Programme, sequence: Int, emit: (Int, Programme) -> Void) {
        // Most guides give every stop: then nothing is pending and the channel is not even hashed.
        if !pending.isEmpty, let previous = pending.removeValue(forKey: programme.channel) {
            var earlier = previous.programme
            // A guide out of order on a channel gives no usable successor: leave the stop unknown.
            if programme.start > earlier.start {
                earlier.stop = programme.start
                earlier.stopIsInferred = true
            }
            emit(previous.sequence, earlier)
        }
        if programme.stop == nil {
            pending[programme.channel] = (sequence, programme)
        } else {
            emit(sequence, programme)
        }
    }

    /// The last programme of each channel that had neither stop nor length: its stop stays unknown.
    mutating func flush(emit: (Int, Programme) -> Void) {
        for (sequence, programme) in pending.values.sorted(by: { $0.sequence < $1.sequence }) {
            emit(sequence, programme)
        }
        pending = [:]
    }
}
