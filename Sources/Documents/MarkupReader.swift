import CLibXML2
import Foundation

/// One element of a small XML file (container.xml, the OPF): its local name, attributes and own text.
struct MarkupElement: Sendable {
    var name: String
    var attributes: [String: String]
    var text: String
}

/// libxml2 over EPUB members. The declared encoding (UTF-8, GBK, GB18030…) is decoded here first
/// (`MarkupDecoding`), libxml2 reads UTF-8 only; no network, no entity expansion. libxml2's errors go to this
/// parser context's own structured handler (never the process-wide error functions) and come back as
/// `warnings` or in the failure's message. The parsed tree is freed before returning: only Swift values leave.
enum MarkupReader {
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue
        | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue
        | XML_PARSE_IGNORE_ENC.rawValue)
    /// libxml2 messages kept per member; the rest are counted.
    static let maxMessages = 5

    /// Every element in document order; throws when the bytes are not XML at all.
    static func elements(
        _ bytes: [UInt8], name: String, warnings: inout [String]
    ) throws(DocumentFailure) -> [MarkupElement] {
        var result: [MarkupElement] = []
        try walk(bytes, name: name, warnings: &warnings) { node, depth in
            guard node.pointee.type == XML_ELEMENT_NODE else { return }
            var attributes: [String: String] = [:]
            var attribute = node.pointee.properties
            while let current = attribute {
                if let key = current.pointee.name, let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(current))) {
                    attributes[String(cString: key)] = String(cString: value)
                    yj_xml_free(value)
                }
                attribute = current.pointee.next
            }
            var text = ""
            if let content = xmlNodeGetContent(node) {
                text = String(cString: content)
                yj_xml_free(content)
            }
            result.append(MarkupElement(name: localName(node), attributes: attributes, text: text))
        }
        return result
    }

    /// The readable text of an XHTML chapter: text nodes outside script and style, a line break after blocks.
    static func text(_ bytes: [UInt8], name: String, warnings: inout [String]) throws(DocumentFailure) -> String {
        var text = ""
        var skippedDepth: Int?
        try walk(bytes, name: name, warnings: &warnings) { node, depth in
            if let skipped = skippedDepth, depth > skipped { return }
            skippedDepth = nil
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let local = localName(node)
                if local == "script" || local == "style" || local == "head" {
                    skippedDepth = depth
                } else if blockElements.contains(local), !text.isEmpty, text.last != "\n" {
                    text.append("\n")
                }
            case XML_TEXT_NODE:
                if let content = node.pointee.content { text += String(cString: content) }
            default:
                break
            }
        }
        return text
    }

    private static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "blockquote", "pre",
        "title",
    ]

    private static func localName(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0) }?.lowercased() ?? ""
    }

    /// Depth-first over the tree with an explicit stack: a hostile nesting depth cannot overflow ours.
    private static func walk(
        _ bytes: [UInt8], name: String, warnings: inout [String], visit: (UnsafeMutablePointer<xmlNode>, Int) -> Void
    ) throws(DocumentFailure) {
        let utf8 = MarkupDecoding.utf8(bytes, name: name, warnings: &warnings)
        let sink = ParserErrors()
        let document = parse(utf8, name: name, sink: sink)
        let messages = sink.summary(name: name)
        guard let document else {
            let detail = messages.first.map { "：\($0)" } ?? ""
            throw DocumentFailure(.broken, "\(name) 不是有效的 XML\(detail)")
        }
        warnings += messages
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw DocumentFailure(.broken, "\(name) 是空的 XML") }
        var stack: [(UnsafeMutablePointer<xmlNode>, Int)] = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            visit(node, depth)
            var children: [(UnsafeMutablePointer<xmlNode>, Int)] = []
            var child = node.pointee.children
            while let current = child {
                children.append((current, depth + 1))
                child = current.pointee.next
            }
            stack += children.reversed()
        }
    }

    /// One parser context of our own: its SAX structured-error slot is this read's handler, its `_private` the sink.
    private static func parse(_ utf8: [UInt8], name: String, sink: ParserErrors) -> xmlDocPtr? {
        withExtendedLifetime(sink) {
            utf8.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
                guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
                let context = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    xmlCreateMemoryParserCtxt(characters, Int32(buffer.count))
                }
                guard let context else { return nil }
                defer { xmlFreeParserCtxt(context) }
                context.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
                context.pointee.sax?.pointee.serror = { userData, error in
                    guard let userData, let error else { return }
                    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                    guard let sink = context.pointee._private else { return }
                    Unmanaged<ParserErrors>.fromOpaque(sink).takeUnretainedValue().add(error.pointee)
                }
                _ = xmlCtxtUseOptions(context, options)
                _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                _ = xmlParseDocument(context)
                let document = context.pointee.myDoc
                context.pointee.myDoc = nil
                return document
            }
        }
    }
}

/// libxml2's messages for one member, collected on the reading thread while `xmlParseDocument` runs.
final class ParserErrors: @unchecked Sendable {
    private(set) var messages: [(line: Int, text: String)] = []
    private(set) var dropped = 0

    func add(_ error: xmlError) {
        guard messages.count < MarkupReader.maxMessages else {
            dropped += 1
            return
        }
        let text = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        messages.append((Int(error.line), text))
    }

    /// 「c.xhtml 第 3 行：…」 lines, one per kept message, and a count of the others.
    func summary(name: String) -> [String] {
        var lines = messages.map { "\(name) 第 \($0.line) 行：\($0.text)（XML 解析器）" }
        if dropped > 0 { lines.append("\(name) 另有 \(dropped) 条 XML 解析提示") }
        return lines
    }
}
