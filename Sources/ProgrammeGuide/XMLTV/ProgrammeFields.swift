/// A `<programme>` as the import's flat path reads it: its attribute values and field texts as bytes of one
/// buffer, reused for every programme, so reading one makes no `String`, no array and no reference to count. The common programme
/// goes from here straight into a row (`ProgrammeFields+Row`); any other becomes the `ProgrammeDraft` that
/// `GuideReader.stream` reads, with the same texts, so it is skipped, warned about and completed the same way.
struct ProgrammeFields {
    struct Entry {
        var field: XMLTVField
        /// At `XMLTVCapture.attributeNames`' positions.
        var attributes: AttributeRanges
        /// The text as written, untrimmed.
        var text: Range<Int>
    }

    /// Positions in `ProgrammeDraft.attributeNames`.
    enum Attribute {
        static let channel = 0
        static let start = 1
        static let stop = 2
        static let clumpIndex = 3
    }

    private(set) var bytes: [UInt8] = []
    private(set) var entries: [Entry] = []
    private(set) var line = 0
    private(set) var attributes = AttributeRanges()
    private var fieldStart = 0

    init() {
        bytes.reserveCapacity(4096)
        entries.reserveCapacity(16)
    }

    /// Starts a programme, copying its wanted attributes.
    mutating func begin(line: Int, attributes given: SAXAttributes, limit: Int, tooLong: (Int) -> GuideError)
        throws(GuideError)
    {
        self.line = line
        bytes.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        attributes = try given.copy(ProgrammeDraft.attributeNames, limit: limit, into: &bytes, tooLong: tooLong)
    }

    /// Starts a field, copying its wanted attributes.
    mutating func beginField(
        _ field: XMLTVField, attributes given: SAXAttributes, limit: Int, tooLong: (Int) -> GuideError
    ) throws(GuideError) {
        let attributes = try given.copy(XMLTVCapture.attributeNames, limit: limit, into: &bytes, tooLong: tooLong)
        entries.append(Entry(field: field, attributes: attributes, text: bytes.count..<bytes.count))
        fieldStart = bytes.count
    }

    /// Bytes of the field's text so far.
    var fieldLength: Int { bytes.count - fieldStart }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

    mutating func endField() {
        entries[entries.count - 1].text = fieldStart..<bytes.count
    }

    /// The programme as `GuideReader.stream` would have gathered it.
    func draft() -> ProgrammeDraft {
        func string(_ range: Range<Int>) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
        func written(_ ranges: AttributeRanges, _ names: XMLNames) -> XMLAttributes {
            var attributes = XMLAttributes(names: names)
            for position in 0..<names.count { attributes[position: position] = ranges[position].map(string) }
            return attributes
        }
        var draft = ProgrammeDraft(line: line, attributes: written(attributes, ProgrammeDraft.attributeNames))
        for entry in entries {
            var capture = XMLTVCapture(field: entry.field, attributes: written(entry.attributes, XMLTVCapture.attributeNames))
            capture.text = string(entry.text)
            draft.add(capture)
        }
        return draft
    }
}
