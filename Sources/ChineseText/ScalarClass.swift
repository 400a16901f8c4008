/// How the search tokenizer treats a folded scalar.
enum ScalarClass: UInt32, Sendable {
    /// Spaces, punctuation, symbols: end a word, never a token.
    case separator = 0
    /// Letters, digits and marks of alphabetic scripts: runs of them make one word.
    case word = 1
    /// A Han character: always a token of its own.
    case han = 2

    static func of(_ value: UInt32) -> ScalarClass {
        if value < 0x80 {
            return isASCIIAlphanumeric(value) ? .word : .separator
        }
        if isHan(value) { return .han }
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        let properties = scalar.properties
        if properties.isAlphabetic { return .word }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .word
        default:
            return .separator
        }
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (value &- 0x30) < 10 || ((value | 0x20) &- 0x61) < 26
    }

    /// CJK Unified Ideographs (BMP, Extensions A–H), compatibility ideographs, and 〇.
    static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x3007, 0x20000...0x323AF: true
        default: false
        }
    }
}
