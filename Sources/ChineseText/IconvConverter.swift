#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one Swift owner of an `iconv_t` converting to UTF-8. Not Sendable: iconv keeps shift state per handle.
final class IconvConverter {
    let encoding: String
    private let handle: iconv_t

    /// Opens a converter from `encoding` (an iconv name: GB18030, BIG5, UTF-16LE…) to UTF-8.
    init(from encoding: String) throws(LegacyTextError) {
        // iconv_open reports failure as (iconv_t)-1, not NULL.
        guard let handle = iconv_open("UTF-8", encoding), Int(bitPattern: handle) != -1 else {
            throw LegacyTextError(kind: .unsupportedEncoding, encoding: encoding, offset: 0)
        }
        self.encoding = encoding
        self.handle = handle
    }

    deinit {
        iconv_close(handle)
    }

    /// The UTF-8 bytes of `input`; throws at the first byte that is not a character of the encoding.
    func convert(_ input: UnsafeBufferPointer<UInt8>) throws(LegacyTextError) -> [UInt8] {
        _ = iconv(handle, nil, nil, nil, nil)  // back to the initial shift state
        guard let inputBase = input.baseAddress, !input.isEmpty else { return [] }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var written = 0
        var source: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
            mutating: UnsafeRawPointer(inputBase).assumingMemoryBound(to: CChar.self))
        var sourceLeft = input.count

        /// One iconv call into the free part of `output`: converts (or, with `flush`, ends the shift state).
        func step(flush: Bool) -> (failed: Bool, code: Int32) {
            output.withUnsafeMutableBytes { raw in
                let start = raw.baseAddress!.advanced(by: written).assumingMemoryBound(to: CChar.self)
                var target: UnsafeMutablePointer<CChar>? = start
                var targetLeft = raw.count - written
                let result =
                    flush
                    ? iconv(handle, nil, nil, &target, &targetLeft)
                    : iconv(handle, &source, &sourceLeft, &target, &targetLeft)
                let code = errno
                written += start.distance(to: target ?? start)
                return (result == -1, code)
            }
        }

        while sourceLeft > 0 {
            let (failed, code) = step(flush: false)
            guard failed else { continue }
            switch code {
            case E2BIG: output.append(contentsOf: repeatElement(0, count: output.count))
            case EINVAL: throw LegacyTextError(kind: .truncated, encoding: encoding, offset: input.count - sourceLeft)
            default: throw LegacyTextError(kind: .invalidBytes, encoding: encoding, offset: input.count - sourceLeft)
            }
        }
        // Stateful encodings (ISO-2022-CN) may still owe a reset sequence.
        while step(flush: true) == (true, E2BIG) {
            output.append(contentsOf: repeatElement(0, count: output.count))
        }
        output.removeSubrange(written...)
        return output
    }
}
