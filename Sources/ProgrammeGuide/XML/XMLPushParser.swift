import CLibXML2
import Foundation

/// libxml2 wants `xmlInitParser` once, before parsers run on several threads.
private let libxml2Initialised: Void = xmlInitParser()

/// The one owner of a libxml2 SAX2 push parser: pushes the guide's bytes through it with safe options and hands
/// each start tag, text and end tag to an `XMLEventHandler` as libxml2's own bytes. No tree is built:
/// `xmlTextReader` built and freed a node for every event, which was a third of libxml2's time on a large guide.
/// No libxml2 pointer outlives a callback.
final class XMLPushParser {
    /// No entity substitution (XML_PARSE_NOENT), no DTD loading or default attributes (DTDLOAD, DTDATTR),
    /// no network (NONET), no XML_PARSE_HUGE, so libxml2's own limits on depth, names and attributes hold.
    static let parseOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_BIG_LINES.rawValue)
    /// Bytes pushed at a time.
    private static let chunkSize = 1 << 16
    private static let convertedChunkSize = 512

    let path: String
    /// The file system path, for a second look at the bytes (the line of an entity declaration).
    let file: String
    private let context: xmlParserCtxtPtr
    private let sink = XMLErrorSink()
    private let source: XMLByteSource
    /// Feeds the bytes and refuses hostile start tags; nil for a `.xml.gz`.
    private let startTags: StartTagGuard?
    /// Catches what libxml2 would print to stderr, for the parser's lifetime on this thread (see shim.h).
    private let generic: UnsafeMutablePointer<yj_xml_generic_capture>
    /// The handler of the parse under way, which `parse` holds; the callbacks borrow it (and the parser) for the
    /// event without counting references: a retain and release of each on every event was a fifth of the
    /// reading thread (six million events in a 100 MB guide). Its concrete type, because `Unmanaged` cannot
    /// hold a protocol existential; it still only sees `XMLEventHandler`'s calls.
    private var handler: Unmanaged<XMLTVParser>?
    private let buffer: UnsafeMutableRawBufferPointer

    /// - Parameters:
    ///   - file: the file system path to read.
    ///   - path: the path for messages, as the caller wrote it.
    ///   - encoding: tells libxml2 the encoding, overriding its detection; `ignoringDeclaration` also overrides
    ///     the XML declaration (a guide declared GB2312 read as its superset GB18030).
    ///   - startTags: the guard the plain bytes pass through; nil reads the file through zlib.
    init(
        file: String, path: String, encoding: String?, ignoringDeclaration: Bool, guarding startTags: StartTagGuard?
    ) throws(GuideError) {
        _ = libxml2Initialised
        self.path = path
        self.file = file
        let generic = UnsafeMutablePointer<yj_xml_generic_capture>.allocate(capacity: 1)
        generic.initialize(
            to: yj_xml_generic_capture(
                receive: XMLErrorSink.genericHandler, context: Unmanaged.passUnretained(sink).toOpaque(),
                previous_handler: nil, previous_context: nil))
        yj_xml_generic_capture_begin(generic)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        guard let source = XMLByteSource(file: file, guarding: startTags) else {
            yj_xml_generic_capture_end(generic)
            generic.deallocate()
            buffer.deallocate()
            throw GuideError(kind: .unreadable, path: path, message: "libxml2 无法打开此文件")
        }
        // Until the context's user data is this parser, an error must not reach the structured handler.
        var handlers = Self.makeHandlers()
        // As `xmlTextReader` does: the first four bytes choose the encoding, then a forced one overrides.
        let first = source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<4]))
        let opened = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: 4) { start in
            xmlCreatePushParserCtxt(&handlers, nil, first == 4 ? start : nil, first == 4 ? 4 : 0, file)
        }
        guard let opened else {
            source.close()
            yj_xml_generic_capture_end(generic)
            generic.deallocate()
            buffer.deallocate()
            throw GuideError(kind: .unreadable, path: path, message: "libxml2 无法打开此文件")
        }
        self.context = opened
        self.source = source
        self.startTags = startTags
        self.generic = generic
        self.buffer = buffer
        opened.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
        opened.pointee.sax.pointee.serror = Self.structuredError
        var options = Self.parseOptions
        if ignoringDeclaration { options |= Int32(XML_PARSE_IGNORE_ENC.rawValue) }
        xmlCtxtUseOptions(opened, options)
        if let encoding, let converter = xmlFindCharEncodingHandler(encoding) {
            xmlSwitchToEncoding(opened, converter)
        }
        // A file shorter than four bytes goes in as it is.
        if (1..<4).contains(first) {
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: 4) { _ = xmlParseChunk(opened, $0, Int32(first), 0) }
        }
    }

    deinit {
        // The sink is a stored property, so it outlives this call and any report made while freeing.
        xmlFreeParserCtxt(context)
        source.close()
        buffer.deallocate()
        yj_xml_generic_capture_end(generic)
        generic.deallocate()
    }

    /// Reads the whole guide into `handler`; throws the first refusal, libxml2 error or start-tag violation.
    func parse(into handler: XMLTVParser) throws(GuideError) {
        self.handler = Unmanaged.passUnretained(handler)
        defer { self.handler = nil }
        var ended = false
        // As `xmlTextReader` does: any status but 0 fails the guide (an encoder error halts the parser without
        // a report through the handler, only a generic message).
        var status: Int32 = 0
        while !ended, status == 0, !handler.hasFailed, !sink.hasError {
            let count = source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<nextChunkSize]))
            if startTags?.refused == true { break }
            let start = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            ended = count <= 0
            status = xmlParseChunk(context, ended ? nil : start, Int32(max(count, 0)), ended ? 1 : 0)
        }
        if let failure = handler.failure { throw failure }
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
        guard status != 0 || context.pointee.wellFormed == 0 else { return }
        guard let message = sink.genericMessage else {
            throw GuideError(kind: .malformed, path: path, line: parserLine, column: parserColumn, message: "XML 解析失败")
        }
        let isEncoding = message.contains("encod") || message.contains("conversion")
        throw GuideError(
            kind: isEncoding ? .encoding : .malformed, path: path, line: parserLine, column: parserColumn,
            message: "\(isEncoding ? "字节不符合文件的编码" : "XML 解析失败")（libxml2：\(message)）")
    }

    /// Bytes to push next. Bytes libxml2 converts (GB18030) go in 512 at a time, as `xmlTextReader` pushes
    /// them: a conversion failure halts the parser where the last whole piece ended, so small pieces place it
    /// on the right line. UTF-8 is checked while parsing, exactly, so it goes in large pieces.
    private var nextChunkSize: Int {
        guard let input = context.pointee.input, let buffer = input.pointee.buf, context.pointee.instate != XML_PARSER_START,
            buffer.pointee.encoder == nil
        else { return Self.convertedChunkSize }
        return Self.chunkSize
    }

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

    var parserLine: Int { context.pointee.input.map { Int($0.pointee.line) } ?? 0 }
    var parserColumn: Int { context.pointee.input.map { Int($0.pointee.col) } ?? 0 }

    /// Calls `body` with the parser and its handler unless the handler refused the document or libxml2 reported
    /// an error: nothing after the first error reaches the handler, as no node after it left `xmlTextReader`.
    /// Both are borrowed: `parse` keeps them alive for every callback.
    private static func live(
        _ context: UnsafeMutableRawPointer?, _ body: (XMLPushParser, any XMLEventHandler) -> Void
    ) {
        Unmanaged<XMLPushParser>.fromOpaque(context!)._withUnsafeGuaranteedRef { parser in
            parser.handler?._withUnsafeGuaranteedRef { handler in
                guard !handler.hasFailed, !parser.sink.hasError, parser.startTags?.refused != true else {
                    xmlStopParser(parser.context)
                    return
                }
                body(parser, handler)
            }
        }
    }

    private static func parser(_ context: UnsafeMutableRawPointer?) -> XMLPushParser {
        Unmanaged<XMLPushParser>.fromOpaque(context!).takeUnretainedValue()
    }

    /// SAX2 callbacks only: no `startDocument` or `internalSubset`, so libxml2 builds no document at all.
    private static func makeHandlers() -> xmlSAXHandler {
        var handlers = xmlSAXHandler()
        handlers.initialized = XML_SAX2_MAGIC
        handlers.startElementNs = { context, localName, _, _, _, _, count, defaulted, attributes in
            guard let localName else { return }
            XMLPushParser.live(context) { parser, handler in
                let given = SAXAttributes(base: attributes, count: Int(count - defaulted))
                handler.startElement(localName, attributes: given, line: parser.parserLine)
            }
        }
        handlers.endElementNs = { context, _, _, _ in
            XMLPushParser.live(context) { _, handler in handler.endElement() }
        }
        handlers.characters = { context, text, length in
            guard let text else { return }
            XMLPushParser.live(context) { parser, handler in
                handler.characters(UnsafeBufferPointer(start: text, count: Int(length)), line: parser.parserLine)
            }
        }
        handlers.ignorableWhitespace = handlers.characters
        handlers.cdataBlock = handlers.characters
        handlers.entityDecl = { context, _, _, _, _, _ in
            XMLPushParser.live(context) { parser, handler in handler.entityDeclared(line: parser.parserLine) }
        }
        handlers.reference = { context, name in
            let text = name.map { String(cString: $0) } ?? ""
            XMLPushParser.live(context) { parser, handler in handler.entityReferenced(text, line: parser.parserLine) }
        }
        return handlers
    }

    private static let structuredError: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        XMLPushParser.parser(context).sink.receive(error)
    }
}

@available(*, unavailable, message: "owns a libxml2 parser, which one thread uses at a time")
extension XMLPushParser: Sendable {}
