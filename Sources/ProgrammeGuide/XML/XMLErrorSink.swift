import CLibXML2

/// Collects what libxml2 reports about one parser through its per-parser structured handler
/// (never the process-wide `xmlSetStructuredErrorFunc`). Touched only on the reading thread, inside `xmlParseChunk`.
final class XMLErrorSink {
    struct Report {
        var code: Int32
        var line: Int
        var column: Int
        var message: String
        /// Elements the parser still had open when it reported this; nil when libxml2 gave no parser context.
        /// At the end of input with elements open, the feed was cut off.
        var openElements: Int? = nil
    }

    /// The first error or fatal error; libxml2 often repeats one error several times as it unwinds.
    private(set) var firstError: Report? {
        didSet { hasError = firstError != nil }
    }
    /// Whether `firstError` is set, asked before every parser event without copying the report.
    private(set) var hasError = false
    private(set) var warnings: [Report] = []
    /// What libxml2 said through its generic error function (encoding failures), up to `genericLimit` bytes.
    private(set) var genericText = ""
    /// A hostile guide can raise a warning per node; keep the first ones only.
    private let warningLimit = 100
    private let genericLimit = 2048

    func receive(_ error: UnsafeMutablePointer<xmlError>) {
        let raw = error.pointee
        let report = Report(
            code: raw.code,
            line: Int(raw.line),
            column: Int(raw.int2),  // libxml2 2.9 keeps the column in int2
            message: raw.message.map { String(cString: $0).trimmed } ?? "",
            openElements: raw.ctxt.map { Int($0.assumingMemoryBound(to: xmlParserCtxt.self).pointee.nameNr) })
        switch raw.level {
        case XML_ERR_ERROR, XML_ERR_FATAL:
            if firstError == nil { firstError = report }
        case XML_ERR_WARNING:
            if warnings.count < warningLimit { warnings.append(report) }
        default:
            break
        }
    }

    func receiveGeneric(_ message: String) {
        guard genericText.utf8.count < genericLimit else { return }
        genericText += message
    }

    /// The first line libxml2 sent through its generic error function, if any.
    var genericMessage: String? {
        let line = genericText.split(separator: "\n").first.map { String($0).trimmed }
        return line?.isEmpty == false ? line : nil
    }

    /// The callback the shim's generic error function formats into; `context` is an unretained sink.
    static let genericHandler: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void = {
        context, message in
        guard let context, let message else { return }
        Unmanaged<XMLErrorSink>.fromOpaque(context).takeUnretainedValue().receiveGeneric(String(cString: message))
    }
}

@available(*, unavailable, message: "belongs to one reader on one thread")
extension XMLErrorSink: Sendable {}
