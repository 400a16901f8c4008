/// A dictionary key hashed and compared by UTF-8 bytes. `String`'s own hashing and `==` normalise non-ASCII text
/// (Unicode canonical equivalence), which costs more than the lookups the caches spare; and a lookup can borrow
/// the bytes libxml2 just handed over, so a key already known makes no `String`.
struct ByteKey: Hashable {
    private let owned: String?
    /// Only while looking up: never stored in a dictionary, so it never outlives the bytes.
    private let borrowed: UnsafeBufferPointer<UInt8>?
    /// Tells keys of different kinds apart (`xmltv_ns` episode numbers from on-screen ones).
    private let kind: UInt8

    /// nil is a key of its own (no title).
    init(_ text: String?, kind: UInt8 = 0) {
        owned = text
        borrowed = nil
        self.kind = kind
    }

    init(borrowing bytes: UnsafeBufferPointer<UInt8>?, kind: UInt8 = 0) {
        owned = nil
        borrowed = bytes
        self.kind = kind
    }

    private var isNil: Bool { owned == nil && borrowed == nil }

    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let borrowed { return body(borrowed) }
        // A native string's own bytes, without the copy (and its reference counting) `withUTF8` needs.
        if let result = owned?.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = owned ?? ""
        return text.withUTF8(body)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        guard !isNil else { return hasher.combine(-1) }
        withBytes { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }

    static func == (left: ByteKey, right: ByteKey) -> Bool {
        guard left.kind == right.kind else { return false }
        guard !left.isNil, !right.isNil else { return left.isNil && right.isNil }
        return left.withBytes { leftBytes in right.withBytes { leftBytes.elementsEqual($0) } }
    }
}
