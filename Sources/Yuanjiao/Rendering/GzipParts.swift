import CDeflate

/// One part of a gzip response compressed on its own, so that a part shared by many responses (the month
/// page's plans) is compressed once and the parts made per request (the head with the session's CSRF token)
/// are compressed alone. Separate deflate streams may follow one another in one gzip member as long as only
/// the last one is final (what pigz does); the member's CRC is combined from the parts' CRCs. Keeping the
/// token in a compression context of its own also keeps it out of reach of BREACH-style guessing through
/// the rest of the page.
public struct GzipPart: Sendable {
    public let deflated: [UInt8]
    let crc: UInt32
    let length: Int

    /// `last`: the part that ends the response (its deflate stream is final). Nil when zlib fails (out of
    /// memory): the caller sends the part uncompressed rather than a damaged member.
    public init?(_ bytes: some Collection<UInt8>, last: Bool) {
        var input = Array(bytes)
        guard let deflated = Self.deflate(&input, finish: last) else { return nil }
        self.deflated = deflated
        length = input.count
        crc = input.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    /// The 10-byte gzip header, then the parts, then the trailer this returns: CRC-32 and length of them all.
    public static let header: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]

    public static func trailer(_ parts: [GzipPart]) -> [UInt8] {
        var crc: UInt = 0
        var length = 0
        for part in parts {
            crc = crc32_combine(crc, UInt(part.crc), off_t(part.length))
            length += part.length
        }
        let size = UInt32(truncatingIfNeeded: length)
        return [UInt32(truncatingIfNeeded: crc), size].flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
    }

    private static func deflate(_ input: inout [UInt8], finish: Bool) -> [UInt8]? {
        var stream = z_stream()
        guard yj_deflate_init_raw(&stream, Z_DEFAULT_COMPRESSION) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        let produced = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int? in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                // A sync flush ends on a byte boundary without a final block, so another stream may follow.
                let status = CDeflate.deflate(&stream, finish ? Z_FINISH : Z_SYNC_FLUSH)
                // The output has room for the whole input (deflateBound), so all of it is consumed in one call.
                guard status == (finish ? Z_STREAM_END : Z_OK), stream.avail_in == 0 else { return nil }
                return target.count - Int(stream.avail_out)
            }
        }
        return produced.map { Array(output[..<$0]) }
    }
}
