import Foundation
import Hummingbird
import Yuanjiao

/// A part of a page rendered once for many requests, kept both as the bytes sent and gzip-compressed.
struct CachedPagePart: Sendable {
    let bytes: ByteBuffer
    /// The compressed part (its CRC and length go into each response's trailer) and its bytes already in the
    /// buffer every response shares, so no request copies them; nil if zlib failed: the page goes uncompressed.
    let gzip: (part: GzipPart, bytes: ByteBuffer)?

    init(_ html: HTML) {
        bytes = ByteBuffer(string: html.source)
        gzip = GzipPart(html.source.utf8, last: false).map { ($0, ByteBuffer(bytes: $0.deflated)) }
    }
}

/// Whether an `Accept-Encoding` header allows gzip (`gzip` or `*`, not refused with `q=0`).
enum GzipAcceptance {
    static func accepts(_ header: String?) -> Bool {
        guard let header else { return false }
        var starAllowed = false
        for item in header.split(separator: ",") {
            let fields = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = fields.first else { continue }
            let refused = fields.dropFirst().contains { field in
                let parameter = field.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return parameter.count == 2 && parameter[0] == "q" && Double(parameter[1]) == 0
            }
            if coding == "gzip" || coding == "x-gzip" { return !refused }
            if coding == "*" { starAllowed = !refused }
        }
        return starAllowed
    }
}
