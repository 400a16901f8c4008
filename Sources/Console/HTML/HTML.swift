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

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Text with the catalogue's `<mark>…</mark>` highlight kept and everything else escaped:
    /// snippets come from courseware titles and descriptions anyone could have written.
    static func highlighted(_ snippet: String, markStart: String, markEnd: String) -> HTML {
        var result = ""
        var rest = Substring(snippet)
        while let open = rest.range(of: markStart) {
            result += escape(String(rest[..<open.lowerBound]))
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: markEnd) else { break }
            result += "<mark>" + escape(String(rest[..<close.lowerBound])) + "</mark>"
            rest = rest[close.upperBound...]
        }
        result += escape(String(rest))
        return HTML(raw: result)
    }
}

extension Sequence {
    /// One HTML fragment per element, joined.
    func html(_ transform: (Element) throws -> HTML) rethrows -> HTML {
        HTML(raw: try map { try transform($0).source }.joined())
    }
}
