/// A `<channel>` as written, gathered while it is read.
struct ChannelDraft {
    static let attributeNames = XMLNames(["id"])

    let line: Int
    let id: String?
    var displayNames: [LocalizedText] = []

    init(line: Int, attributes: XMLAttributes) {
        self.line = line
        id = attributes["id"]
    }

    mutating func add(_ capture: XMLTVCapture) {
        if capture.field == .displayName, let text = capture.localizedText { displayNames.append(text) }
    }

    /// nil when the channel has no id: programmes could not refer to it.
    func build() -> Channel? {
        guard let id, !id.isEmpty else { return nil }
        return Channel(id: id, displayNames: displayNames, line: line)
    }
}
