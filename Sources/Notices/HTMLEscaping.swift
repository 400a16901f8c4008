/// Text made safe for HTML and XML element content and double-quoted attributes.
///
/// Notices are written as well-formed XHTML-compatible HTML (void elements closed, no named entities
/// beyond XML's five), so any XML parser reads them and a browser shows them.
public enum HTMLEscaping {
    /// Escapes `& < > " '`; drops control characters XML 1.0 forbids (a stray one in a tag would make
    /// the whole notice unreadable to an XML parser).
    public static func escape(_ text: String) -> String {
        // Most text (titles, paths, labels) has nothing to escape: a byte scan is far cheaper than a rebuild.
        // 0xEF leads U+FFFE and U+FFFF, the two non-characters dropped below.
        guard text.utf8.contains(where: { byte in
            byte < 0x20 || byte == 0xEF || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}

extension String {
    /// `HTMLEscaping.escape(self)`.
    var html: String { HTMLEscaping.escape(self) }
}
