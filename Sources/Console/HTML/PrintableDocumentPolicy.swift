import Yuanjiao

/// The Content-Security-Policy for the printable documents the console serves as the CLI writes them
/// (poster, sign-in sheet, county report): those are self-contained files with their CSS inline, so each
/// inline `<style>` block and `style="…"` attribute is allowed by its own SHA-256 and nothing else —
/// no script at all, and no `'unsafe-inline'`.
enum PrintableDocumentPolicy {
    static func header(for html: String) -> String {
        let sources = (styleBlocks(in: html) + styleAttributes(in: html)).map { "'sha256-\(ContentDigest.sha256Base64($0))'" }
        let unique = Array(Set(sources)).sorted()
        let attributes = styleAttributes(in: html).isEmpty ? "" : " 'unsafe-hashes'"
        let styles = unique.isEmpty ? "'none'" : unique.joined(separator: " ") + attributes
        return "default-src 'none'; style-src \(styles); img-src 'self' data:; font-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    /// The text between each `<style>` and `</style>`, exactly as the browser hashes it.
    static func styleBlocks(in html: String) -> [String] {
        pieces(of: html, after: "<style>", before: "</style>")
    }

    /// The values of `style="…"` attributes (the documents never put `&`-entities in them).
    static func styleAttributes(in html: String) -> [String] {
        pieces(of: html, after: " style=\"", before: "\"")
    }

    private static func pieces(of html: String, after opening: String, before closing: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: opening) {
            guard let end = rest[start.upperBound...].range(of: closing) else { break }
            found.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }
}
