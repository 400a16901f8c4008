/// The child elements of `<channel>` and `<programme>` that the catalogue uses; others (`icon`, `credits`,
/// `rating`, …) are read past.
enum XMLTVField: String, CaseIterable {
    case displayName = "display-name"
    case title
    case subTitle = "sub-title"
    case description = "desc"
    case category
    case keyword
    case episodeNumber = "episode-num"
    case length
    case date
    case language
    case premiere
    case previouslyShown = "previously-shown"

    var belongsToChannel: Bool { self == .displayName }

    /// Every field in `names`' order.
    static let ordered = allCases
    static let names = XMLNames(ordered.map(\.rawValue))
}

/// A field element being read: its attributes and the text gathered so far.
struct XMLTVCapture {
    /// The attributes fields are read for.
    static let attributeNames = XMLNames(["lang", "system", "units"])

    /// Positions in `attributeNames`.
    enum Attribute {
        static let lang = 0
        static let system = 1
        static let units = 2
    }

    var field: XMLTVField
    var attributes: XMLAttributes
    var text = ""

    /// The text without surrounding white space; nil when nothing is left.
    var trimmedText: String? {
        let trimmed = text.trimmed
        return trimmed.isEmpty ? nil : trimmed
    }

    var localizedText: LocalizedText? {
        trimmedText.map { LocalizedText($0, language: attributes["lang"].flatMap { $0.isEmpty ? nil : $0 }) }
    }
}
