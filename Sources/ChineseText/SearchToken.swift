/// One token of `SearchTokenizer`, handed to its callback.
///
/// `text` points into the tokenizer's scratch memory and is valid only during the callback that receives
/// it; copy it (or use `string`) to keep it.
public struct SearchToken {
    /// The folded token as UTF-8 (lower case, simplified, half-width), e.g. `法`, `cctv7`, `fa`.
    public let text: UnsafeBufferPointer<UInt8>
    /// The bytes of the ORIGINAL input this token stands for (for highlight and snippet).
    public let byteRange: Range<Int>
    /// True for pinyin tokens that share the position of the Han character before them
    /// (FTS5_TOKEN_COLOCATED).
    public let isColocated: Bool

    /// A copy of `text`.
    public var string: String { String(decoding: text, as: UTF8.self) }
}

/// A token that owns its text, for tests and for building queries.
public struct OwnedSearchToken: Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var byteRange: Range<Int>
    public var isColocated: Bool

    public init(text: String, byteRange: Range<Int>, isColocated: Bool) {
        self.text = text
        self.byteRange = byteRange
        self.isColocated = isColocated
    }

    public var description: String {
        "\(isColocated ? "+" : "")\(text)@\(byteRange.lowerBound)..<\(byteRange.upperBound)"
    }
}

/// Growable bytes for the token being built; one allocation per tokenize call, freed when it ends.
struct TokenBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func appendScalar(_ value: UInt32) {
        if value < 0x80 { return append(UInt8(truncatingIfNeeded: value)) }
        if count + 4 > capacity { grow() }
        let length: Int
        switch value {
        case ..<0x800:
            base[count] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            length = 2
        case ..<0x1_0000:
            base[count] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            base[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            length = 3
        default:
            base[count] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            base[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            base[count + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            length = 4
        }
        base[count + length - 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        count += length
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        for byte in bytes { append(byte) }
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
