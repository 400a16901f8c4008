import Dispatch

/// An ordered map spread over the machine's cores, in chunks: a county report's per-station work (decoding each
/// stored plan's JSON, judging the month, the ratios) is independent from station to station. The results are
/// in the order of the indices, as a plain `map` gives them.
enum ConcurrentMap {
    static func map<Value>(count: Int, chunk: Int = 64, _ transform: @Sendable (Int) -> Value) -> [Value?] {
        var results = [Value?](repeating: nil, count: count)
        let chunks = (count + chunk - 1) / chunk
        results.withUnsafeMutableBufferPointer { buffer in
            let output = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                for position in index * chunk..<min(count, (index + 1) * chunk) {
                    output.buffer[position] = transform(position)
                }
            }
        }
        return results
    }

    /// Each chunk writes only its own positions, so the shared buffer needs no lock.
    private struct Slots<Value>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Value?>
    }
}
