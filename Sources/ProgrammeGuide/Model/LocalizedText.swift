/// A text in one language, as XMLTV gives titles, descriptions, categories and display names.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var text: String
    /// The `lang` attribute as written (`zh`, `zh-CN`, `en`), nil when the guide gives none.
    public var language: String?

    public init(_ text: String, language: String? = nil) {
        self.text = text
        self.language = language
    }
}

extension Array where Element == LocalizedText {
    /// The text in the first language that matches `preferred` by prefix (`zh` matches `zh-CN`),
    /// else the first text; nil when empty.
    public func preferred(_ languages: [String] = ["zh"]) -> String? {
        for language in languages {
            if let match = first(where: { $0.language.map { LocalizedText.tag($0, startsWith: language) } == true }) {
                return match.text
            }
        }
        return first?.text
    }
}

extension LocalizedText {
    /// `zh-CN` starts with `zh`, ignoring case. Language tags are ASCII: compared byte by byte, without the
    /// two `lowercased()` copies a call used to make (5 % of reading a 100 MB guide, three calls a programme).
    static func tag(_ tag: String, startsWith prefix: String) -> Bool {
        var tag = tag
        return tag.withUTF8 { Self.tag(bytes: $0, startsWith: prefix) }
    }

    /// `tag` given as UTF-8 bytes, as the import's flat path reads it.
    static func tag(bytes tag: UnsafeBufferPointer<UInt8>, startsWith prefix: String) -> Bool {
        var tagBytes = tag.makeIterator()
        for wanted in prefix.utf8 {
            guard let byte = tagBytes.next() else { return false }
            guard byte < 0x80, wanted < 0x80 else {
                return String(decoding: tag, as: UTF8.self).lowercased().hasPrefix(prefix.lowercased())
            }
            if byte != wanted, byte | 0x20 != wanted | 0x20 || !(0x61...0x7A).contains(byte | 0x20) { return false }
        }
        return true
    }
}
