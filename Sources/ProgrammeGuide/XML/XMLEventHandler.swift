/// Receives what `XMLPushParser` reads, in document order, on the parsing thread. Names and text are libxml2's
/// own bytes, valid only during the call: nothing is copied unless the handler keeps it.
protocol XMLEventHandler: AnyObject {
    /// Set when the handler refuses the document: parsing stops and this is thrown.
    var failure: GuideError? { get }
    /// Whether `failure` is set, asked before every event without copying the error.
    var hasFailed: Bool { get }
    /// `line` is where the start tag ends, as libxml2 stores it on an element.
    func startElement(_ localName: UnsafePointer<UInt8>, attributes: SAXAttributes, line: Int)
    /// A piece of text; one text node may come in several pieces.
    func characters(_ text: UnsafeBufferPointer<UInt8>, line: Int)
    func endElement()
    /// An `<!ENTITY …>` in the DOCTYPE, general or parameter.
    func entityDeclared(line: Int)
    /// A reference to an entity that is not one of XML's five.
    func entityReferenced(_ name: String, line: Int)
}

/// The attributes of one start tag as libxml2's SAX2 hands them: five pointers each (local name, prefix, URI,
/// value start, value end). Attributes defaulted from a DTD are left out, as without `XML_PARSE_DTDATTR`.
struct SAXAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The attributes named in `names` (the first of each name); any value longer than `limit` bytes, wanted
    /// or not, is reported through `tooLong` and ends the reading.
    func values(_ names: XMLNames, limit: Int, tooLong: (Int) -> GuideError) throws(GuideError) -> XMLAttributes {
        var attributes = XMLAttributes(names: names)
        try each(names, limit: limit, tooLong: tooLong) { position, value in
            guard attributes[position: position] == nil else { return }
            attributes[position: position] = String(decoding: value, as: UTF8.self)
        }
        return attributes
    }

    /// As `values`, but each wanted value's bytes are copied to the end of `buffer` and given as their range
    /// there, for a reader that seldom needs them as `String`s.
    func copy(_ names: XMLNames, limit: Int, into buffer: inout [UInt8], tooLong: (Int) -> GuideError)
        throws(GuideError) -> AttributeRanges
    {
        var ranges = AttributeRanges()
        try each(names, limit: limit, tooLong: tooLong) { position, value in
            guard ranges[position] == nil else { return }
            ranges[position] = buffer.count..<(buffer.count + value.count)
            buffer.append(contentsOf: value)
        }
        return ranges
    }

    private func each(
        _ names: XMLNames, limit: Int, tooLong: (Int) -> GuideError,
        _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void
    ) throws(GuideError) {
        guard let base else { return }
        for index in 0..<count {
            let entry = base + index * 5
            guard let name = entry[0], let start = entry[3], let end = entry[4] else { continue }
            let length = start.distance(to: end)
            guard length <= limit else { throw tooLong(length) }
            guard let position = names.position(of: name) else { continue }
            body(position, UnsafeBufferPointer(start: start, count: length))
        }
    }
}

/// Where `SAXAttributes.copy` put up to four wanted attributes, by position in their `XMLNames`.
typealias AttributeRanges = InlineFour<Range<Int>>
