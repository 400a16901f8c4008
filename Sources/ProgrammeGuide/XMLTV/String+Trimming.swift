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
    /// White space, deciding ASCII without the Unicode property tables.
    fileprivate var isSpace: Bool {
        isASCII ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
