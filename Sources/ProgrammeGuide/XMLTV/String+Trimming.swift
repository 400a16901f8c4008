extension String {
    /// Without leading and trailing white space (ASCII and Unicode, such as the ideographic space U+3000).
    /// Foundation's `trimmingCharacters(in:)` goes through NSString on Linux and cost a third of a guide's
    /// reading time; text in a guide is rarely padded, so the common case returns without copying.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }), let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

extension Substring {
    var trimmed: String { String(self).trimmed }
}

extension Unicode.Scalar {
    /// Unicode's White_Space property, spelled out: its 25 code points are fixed, and the property table
    /// lookup behind `properties.isWhitespace` was 5 % of reading a guide (two calls per text, nearly all on Han).
    fileprivate var isSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
