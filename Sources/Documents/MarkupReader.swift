import CLibXML2

/// One element of a small XML file (container.xml, the OPF): its local name, attributes and own text.
struct MarkupElement: Sendable {
    var name: String
    var attributes: [String: String]
    var text: String
}

/// libxml2 over EPUB members. The declared encoding (UTF-8, GBK, GB18030…) is libxml2's to honour; no network,
/// no entity expansion. The parsed tree is freed before returning: only Swift values leave.
enum MarkupReader {
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue
        | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// Every element in document order; throws when the bytes are not XML at all.
    static func elements(_ bytes: [UInt8], name: String) throws(DocumentFailure) -> [MarkupElement] {
        var result: [MarkupElement] = []
        try walk(bytes, name: name) { node, depth in
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
    static func text(_ bytes: [UInt8], name: String) throws(DocumentFailure) -> String {
        var text = ""
        var skippedDepth: Int?
        try walk(bytes, name: name) { node, depth in
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
        _ bytes: [UInt8], name: String, visit: (UnsafeMutablePointer<xmlNode>, Int) -> Void
    ) throws(DocumentFailure) {
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    xmlReadMemory(characters, Int32(buffer.count), name, nil, options)
                }
            }
        }
        guard let document else { throw DocumentFailure(.broken, "\(name) 不是有效的 XML") }
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
}
