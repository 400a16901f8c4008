/// Builds the precompiled tables' binary forms: fixed-width integers, little-endian on every machine.
struct LittleEndianWriter {
    var bytes: [UInt8]

    init(_ prefix: [UInt8] = []) {
        bytes = prefix
    }

    mutating func append<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A signed number in as few bytes as it needs: zigzag (0, -1, 1, -2 … → 0, 1, 2, 3 …), then 7 bits a byte.
    mutating func appendVarint(zigzag value: Int64) {
        var rest = UInt64(bitPattern: (value << 1) ^ (value >> 63))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

/// Reads what `LittleEndianWriter` wrote; every read is nil past the end instead of trapping.
struct LittleEndianReader {
    private let raw: UnsafeRawBufferPointer
    private var offset = 0

    init(_ raw: UnsafeRawBufferPointer) {
        self.raw = raw
    }

    var isAtEnd: Bool { offset == raw.count }

    mutating func take(_ count: Int) -> UnsafeRawBufferPointer.SubSequence? {
        guard count >= 0, raw.count - offset >= count else { return nil }
        defer { offset += count }
        return raw[offset..<offset + count]
    }

    mutating func uint8() -> UInt8? { integer() }
    mutating func uint32() -> UInt32? { integer() }
    mutating func uint64() -> UInt64? { integer() }

    /// What `appendVarint(zigzag:)` wrote; nil when cut short or longer than 64 bits.
    mutating func varint(zigzag: Void) -> Int64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let byte = uint8() {
            guard shift < 64 else { return nil }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }
            shift += 7
        }
        return nil
    }

    /// `count` UInt16s in one copy.
    mutating func uint16s(_ count: Int) -> [UInt16]? {
        guard let slice = take(count * 2) else { return nil }
        var values = [UInt16](repeating: 0, count: count)
        values.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: slice)) }
        #if _endian(big)
        values = values.map { UInt16(littleEndian: $0) }
        #endif
        return values
    }

    private mutating func integer<Integer: FixedWidthInteger>() -> Integer? {
        guard let slice = take(MemoryLayout<Integer>.size) else { return nil }
        return Integer(littleEndian: slice.loadUnaligned(as: Integer.self))
    }
}
