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
            if let match = first(where: { $0.language?.lowercased().hasPrefix(language.lowercased()) == true }) {
                return match.text
            }
        }
        return first?.text
    }
}
