/// `String.trimmed` on UTF-8 bytes: the same White_Space code points, leading and trailing, without making a
/// `String`. The bytes are libxml2's, which are valid UTF-8, so a suffix that spells a space is one.
enum UTF8Trimming {
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, let width = leadingSpace(bytes, at: start, end: end) { start += width }
        while end > start, let width = trailingSpace(bytes, before: end, start: start) { end -= width }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The width of the space starting at `index`, nil when none does.
    private static func leadingSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        let first = bytes[index]
        if first < 0x80 { return isASCIISpace(first) ? 1 : nil }
        if first == 0xC2, index + 1 < end, isTwoByteSpace(bytes[index + 1]) { return 2 }
        guard index + 2 < end, isThreeByteSpace(first, bytes[index + 1], bytes[index + 2]) else { return nil }
        return 3
    }

    /// The width of the space ending just before `end`, nil when none does.
    private static func trailingSpace(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, start: Int) -> Int? {
        let last = bytes[end - 1]
        if last < 0x80 { return isASCIISpace(last) ? 1 : nil }
        if end - 2 >= start, bytes[end - 2] == 0xC2, isTwoByteSpace(last) { return 2 }
        guard end - 3 >= start, isThreeByteSpace(bytes[end - 3], bytes[end - 2], last) else { return nil }
        return 3
    }

    /// U+0009…U+000D, U+0020.
    private static func isASCIISpace(_ byte: UInt8) -> Bool { (0x09...0x0D).contains(byte) || byte == 0x20 }

    /// After 0xC2: U+0085, U+00A0.
    private static func isTwoByteSpace(_ second: UInt8) -> Bool { second == 0x85 || second == 0xA0 }

    /// U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func isThreeByteSpace(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (first, second) {
        case (0xE1, 0x9A): third == 0x80
        case (0xE2, 0x80): (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF
        case (0xE2, 0x81): third == 0x9F
        case (0xE3, 0x80): third == 0x80
        default: false
        }
    }
}
