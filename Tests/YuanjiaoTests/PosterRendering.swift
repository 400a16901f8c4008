import Foundation

/// Prints an HTML file to PDF with headless Chromium, as `Scripts/render-notice.sh` does, and counts its pages.
enum PosterRendering {
    static let browser: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Pages of the printed HTML; the PDF and a throwaway browser profile live in a scratch folder removed after.
    static func pageCount(ofHTML html: String, name: String) throws -> Int {
        guard let browser else { throw RenderError(message: "没有 Chromium") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-poster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("\(name).html")
        let pdf = folder.appendingPathComponent("\(name).pdf")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard let data = try? Data(contentsOf: pdf) else { throw RenderError(message: "Chromium 没有生成 PDF：\(name)") }
        return pages(inPDF: data)
    }

    /// `/Type /Page` objects (not `/Pages`): Chromium's PDFs keep page objects uncompressed.
    static func pages(inPDF data: Data) -> Int {
        let text = String(decoding: data, as: Unicode.ASCII.self)
        guard let regex = try? NSRegularExpression(pattern: #"/Type\s*/Page(?![a-zA-Z])"#) else { return 0 }
        return regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    struct RenderError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
