import CLibXML2
import Foundation

/// libxml2 wants `xmlInitParser` once, before readers run on several threads.
private let libxml2Initialised: Void = xmlInitParser()

/// The one owner of an `xmlTextReaderPtr`: opens it with safe options, reports errors through its own handler,
/// and frees it in `deinit`. Node names and values are copied into Swift strings; no libxml2 pointer leaves this type.
final class XMLStreamReader {
    enum NodeType: Int32 {
        case element = 1, attribute, text, cdata, entityReference, entity, processingInstruction, comment
        case document, documentType, documentFragment, notation, whitespace, significantWhitespace
        case endElement, endEntity, xmlDeclaration
    }

    /// No entity substitution (XML_PARSE_NOENT), no DTD loading or default attributes (DTDLOAD, DTDATTR),
    /// no network (NONET), no XML_PARSE_HUGE, so libxml2's own limits on depth, names and text hold.
    /// BIG_LINES keeps line numbers past 65 535 on text nodes, which `line` uses.
    static let parseOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_BIG_LINES.rawValue)

    let path: String
    /// The file system path, for a second look at the bytes (the line of an entity declaration).
    let file: String
    private let reader: OpaquePointer
    private let sink = XMLErrorSink()
    /// Feeds the bytes and refuses hostile start tags; released after the reader, which calls into it.
    private let startTags: StartTagGuard?
    /// Catches what libxml2 would print to stderr, for the reader's lifetime on this thread (see shim.h).
    private let generic: UnsafeMutablePointer<yj_xml_generic_capture>

    /// - Parameters:
    ///   - file: the file system path libxml2 opens.
    ///   - path: the path for messages, as the caller wrote it.
    ///   - encoding: tells libxml2 the encoding, overriding its detection; `ignoringDeclaration` also overrides
    ///     the XML declaration (a guide declared GB2312 read as its superset GB18030).
    init(
        file: String, path: String, encoding: String?, ignoringDeclaration: Bool, guarding startTags: StartTagGuard?
    ) throws(GuideError) {
        _ = libxml2Initialised
        self.path = path
        self.file = file
        var options = Self.parseOptions
        if ignoringDeclaration { options |= Int32(XML_PARSE_IGNORE_ENC.rawValue) }
        let generic = UnsafeMutablePointer<yj_xml_generic_capture>.allocate(capacity: 1)
        generic.initialize(
            to: yj_xml_generic_capture(
                receive: XMLErrorSink.genericHandler, context: Unmanaged.passUnretained(sink).toOpaque(),
                previous_handler: nil, previous_context: nil))
        yj_xml_generic_capture_begin(generic)
        self.startTags = startTags
        let opened = if let startTags {
            xmlReaderForIO(
                StartTagGuard.read, StartTagGuard.close, Unmanaged.passUnretained(startTags).toOpaque(), file,
                encoding, options)
        } else {
            xmlReaderForFile(file, encoding, options)
        }
        guard let reader = opened else {
            let reason = sink.genericMessage.map { "（libxml2：\($0)）" } ?? ""
            yj_xml_generic_capture_end(generic)
            generic.deallocate()
            throw GuideError(kind: .unreadable, path: path, message: "libxml2 无法打开此文件\(reason)")
        }
        self.reader = reader
        self.generic = generic
        xmlTextReaderSetStructuredErrorHandler(
            reader, XMLErrorSink.handler, Unmanaged.passUnretained(sink).toOpaque())
    }

    deinit {
        // The sink is a stored property, so it outlives this call and any report made while freeing.
        xmlFreeTextReader(reader)
        yj_xml_generic_capture_end(generic)
        generic.deallocate()
    }

    /// Moves to the next node; false at the end of the document. Throws the first error libxml2 reported.
    func read() throws(GuideError) -> Bool {
        let status = xmlTextReaderRead(reader)
        if let violation = startTags?.violation {
            throw GuideError(kind: .limitExceeded, path: path, line: parserLine, message: violation.message)
        }
        if let report = sink.firstError {
            var error = XMLErrorTranslation.error(for: report, path: path)
            // libxml2 places entity loops at the document's start; the declaration is what to look at.
            if error.kind == .forbiddenEntity, let declared = GuideFileCheck.line(of: "<!ENTITY", in: file),
                error.line < declared
            {
                (error.line, error.column) = (declared, 0)
            }
            throw error
        }
        switch status {
        case 1: return true
        case 0: return false
        default:
            guard let message = sink.genericMessage else {
                throw GuideError(
                    kind: .malformed, path: path, line: parserLine, column: parserColumn, message: "XML 解析失败")
            }
            let isEncoding = message.contains("encod") || message.contains("conversion")
            throw GuideError(
                kind: isEncoding ? .encoding : .malformed, path: path, line: parserLine, column: parserColumn,
                message: "\(isEncoding ? "字节不符合文件的编码" : "XML 解析失败")（libxml2：\(message)）")
        }
    }

    /// Set by whoever walks the nodes when the root element's end tag is read: the feed is complete, so
    /// an error after it is never a cut-off download.
    var rootClosed = false

    /// libxml2's code of the first error and the elements left open then, for telling a cut-off download
    /// from a mistake inside the feed.
    var firstErrorCode: Int32? { sink.firstError?.code }
    var openElementsAtError: Int? { sink.firstError?.openElements }

    /// Warnings libxml2 reported so far, in Chinese.
    var warnings: [GuideWarning] {
        var warnings = sink.warnings.map { XMLErrorTranslation.warning(for: $0, path: path) }
        if let message = sink.genericMessage {
            warnings.append(GuideWarning(kind: .xml, path: path, line: parserLine, message: "XML 警告（libxml2：\(message)）"))
        }
        return warnings
    }

    var nodeType: NodeType? { NodeType(rawValue: xmlTextReaderNodeType(reader)) }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The element or attribute name without prefix (`lang` for `xml:lang`).
    var localName: String {
        guard let name = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: name)
    }

    /// The current node's text; throws when it is longer than `limit` bytes, before copying it.
    func value(limit: Int) throws(GuideError) -> String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        let count = strlen(value)
        try refuseLength(count, limit: limit)
        return String(decoding: UnsafeBufferPointer(start: value, count: count), as: UTF8.self)
    }

    /// Throws when the current node's text is longer than `limit` bytes; copies nothing.
    func checkValueLength(limit: Int) throws(GuideError) {
        guard let value = xmlTextReaderConstValue(reader) else { return }
        try refuseLength(strlen(value), limit: limit)
    }

    private func refuseLength(_ count: Int, limit: Int) throws(GuideError) {
        guard count > limit else { return }
        throw GuideError(
            kind: .limitExceeded, path: path, line: line, column: 0, message: "文本长 \(count) 字节，超过上限 \(limit) 字节")
    }

    /// The position of the current node's local name among `names`, nil for any other; no String is made.
    func localName(in names: XMLNames) -> Int? {
        guard let name = xmlTextReaderConstLocalName(reader) else { return nil }
        return names.position(of: name)
    }

    /// The current element's attributes named in `names` (the first of each name); the others are read past
    /// without copying. Any value longer than `limit` bytes refuses the guide, wanted or not.
    func attributes(_ names: XMLNames, limit: Int) throws(GuideError) -> XMLAttributes {
        var attributes = XMLAttributes(names: names)
        guard xmlTextReaderHasAttributes(reader) == 1 else { return attributes }
        defer { xmlTextReaderMoveToElement(reader) }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard let position = localName(in: names), attributes[position: position] == nil else {
                try checkValueLength(limit: limit)
                continue
            }
            attributes[position: position] = try value(limit: limit)
        }
        return attributes
    }

    /// The line of the current node. libxml2 2.9 stores 16-bit lines on elements; past 65 535 the line comes
    /// from the element's first text child (BIG_LINES keeps its full line, where that text ends), else from
    /// the parser, which may be a few lines ahead.
    var line: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return parserLine }
        let stored = Int(node.pointee.line)
        if node.pointee.type == XML_DTD_NODE { return parserLine }
        if stored < 65535 { return stored }
        if let child = node.pointee.children, child.pointee.type == XML_TEXT_NODE,
            let end = child.pointee.psvi, let content = child.pointee.content
        {
            let newlines = UnsafeBufferPointer(start: content, count: strlen(content)).count { $0 == 0x0A }
            return Int(bitPattern: end) - newlines
        }
        return max(stored, parserLine)
    }

    var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
    var parserColumn: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }

    /// Whether the current `<!DOCTYPE>` declares general or parameter entities in its internal subset.
    var documentTypeDeclaresEntities: Bool {
        guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_DTD_NODE else { return false }
        let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self).pointee
        return dtd.entities != nil || dtd.pentities != nil
    }
}

@available(*, unavailable, message: "owns a libxml2 reader, which one thread uses at a time")
extension XMLStreamReader: Sendable {}
