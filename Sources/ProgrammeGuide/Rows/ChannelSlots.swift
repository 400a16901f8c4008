/// Numbers a guide's channels in the order they first appear, so a programme row carries its channel as a
/// slot and the writer finds the channel's state without hashing its id again. Hashed and compared by UTF-8
/// bytes: `String`'s own hashing normalises non-ASCII ids (「陕西农林卫视」), which costs more per programme,
/// and the reader looks ids up straight from the bytes it parsed, making a `String` only for a new one.
struct ChannelSlots {
    private var slots: [ByteKey: Int] = [:]
    /// Each slot's id.
    private(set) var names: [String] = []

    /// The channel's slot, and whether this is its first appearance.
    mutating func slot(for id: String) -> (slot: Int, isNew: Bool) {
        var id = id
        return id.withUTF8 { slot(forBytes: $0) }
    }

    mutating func slot(forBytes id: UnsafeBufferPointer<UInt8>) -> (slot: Int, isNew: Bool) {
        if let known = slots[ByteKey(borrowing: id)] { return (known, false) }
        let name = String(decoding: id, as: UTF8.self)
        slots[ByteKey(name)] = names.count
        names.append(name)
        return (names.count - 1, true)
    }
}
