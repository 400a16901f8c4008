import CLibXML2

/// Collects what libxml2 reports about one reader through its per-reader structured handler
/// (never the process-wide `xmlSetStructuredErrorFunc`). Touched only on the reading thread, inside `xmlTextReaderRead`.
final class XMLErrorSink {
    struct Report {
        var code: Int32
        var line: Int
        var column: Int
        var message: String
    }

    /// The first error or fatal error; libxml2 often repeats one error several times as it unwinds.
    private(set) var firstError: Report?
    private(set) var warnings: [Report] = []
    /// A hostile guide can raise a warning per node; keep the first ones only.
    private let warningLimit = 100

    func receive(_ error: UnsafeMutablePointer<xmlError>) {
        let raw = error.pointee
        let report = Report(
            code: raw.code,
            line: Int(raw.line),
            column: Int(raw.int2),  // libxml2 2.9 keeps the column in int2
            message: raw.message.map { String(cString: $0).trimmed } ?? "")
        switch raw.level {
        case XML_ERR_ERROR, XML_ERR_FATAL:
            if firstError == nil { firstError = report }
        case XML_ERR_WARNING:
            if warnings.count < warningLimit { warnings.append(report) }
        default:
            break
        }
    }

    /// The handler handed to `xmlTextReaderSetStructuredErrorHandler`; `context` is an unretained sink.
    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<XMLErrorSink>.fromOpaque(context).takeUnretainedValue().receive(error)
    }
}

@available(*, unavailable, message: "belongs to one reader on one thread")
extension XMLErrorSink: Sendable {}
