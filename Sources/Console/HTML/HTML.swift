import Yuanjiao

/// A piece of HTML that is safe to send: text interpolated into it is escaped unless it is itself `HTML`.
/// Every page is built from these, so a title with `<script>` in it is shown, never run.
struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation {
    private(set) var source: String

    init(raw source: String) { self.source = source }

    init(stringLiteral value: String) { self.source = value }

    init(stringInterpolation: Interpolation) { self.source = stringInterpolation.source }

    struct Interpolation: StringInterpolationProtocol {
        var source = ""
        init(literalCapacity: Int, interpolationCount: Int) { source.reserveCapacity(literalCapacity * 2) }
        mutating func appendLiteral(_ literal: String) { source += literal }
        mutating func appendInterpolation(_ html: HTML) { source += html.source }
        mutating func appendInterpolation(_ htmls: [HTML]) { for html in htmls { source += html.source } }
        mutating func appendInterpolation(_ text: String) { source += HTML.escape(text) }
        mutating func appendInterpolation<Value: BinaryInteger>(_ value: Value) { source += String(value) }
        mutating func appendInterpolation(_ text: String?) { source += HTML.escape(text ?? "") }
    }

    static func + (left: HTML, right: HTML) -> HTML { HTML(raw: left.source + right.source) }

    /// The project's one escaper (the notices use it too).
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// Text with the catalogue's `<mark>…</mark>` highlight kept and everything else escaped:
    /// snippets come from courseware titles and descriptions anyone could have written.
    /// Searched as UTF-8 bytes: Foundation's `range(of:)` on every snippet was a tenth of a search page.
    static func highlighted(_ snippet: String, markStart: String, markEnd: String) -> HTML {
        let bytes = Array(snippet.utf8), open = Array(markStart.utf8), close = Array(markEnd.utf8)
        var result = ""
        var position = 0
        func text(_ range: Range<Int>) -> String { escape(String(decoding: bytes[range], as: UTF8.self)) }
        while let start = find(open, in: bytes, from: position) {
            result += text(position..<start)
            let inside = start + open.count
            guard let end = find(close, in: bytes, from: inside) else {
                position = inside
                break
            }
            result += "<mark>" + text(inside..<end) + "</mark>"
            position = end + close.count
        }
        result += text(position..<bytes.count)
        return HTML(raw: result)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension Sequence {
    /// One HTML fragment per element, joined.
    func html(_ transform: (Element) throws -> HTML) rethrows -> HTML {
        HTML(raw: try map { try transform($0).source }.joined())
    }
}
