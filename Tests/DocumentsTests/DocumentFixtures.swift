import Foundation
import Testing
import ZIPFoundation

/// Real documents made by real tools at test time: Chromium prints Chinese HTML to PDF, ZIPFoundation
/// packs EPUBs, and a few lines of PDF syntax give documents of any page count.
enum DocumentFixtures {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Each string one printed page (CSS page breaks between them), titled `title`.
    static func printPDF(title: String, pages: [String], to path: String) throws {
        let browser = try #require(chromium)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(".print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = pages.map { "<section style=\"page-break-after: always\"><p>\($0)</p></section>" }.joined()
        let html = """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>\(title)</title>
            <style>body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 16pt }</style></head><body>\(body)</body></html>
            """
        let page = folder.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
            "--print-to-pdf=\(path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: path), "Chromium 没有生成 PDF")
    }

    /// `pdftotext` (poppler-utils), the reference reader: the text of page `page` (1-based).
    static func pdftotext(_ path: String, page: Int) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-f", String(page), "-l", String(page), "-enc", "UTF-8", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// An EPUB: `files` are (member path, bytes); `opf` goes to OEBPS/content.opf unless `opfPath` says otherwise.
    static func epub(at path: String, opf: String?, opfPath: String = "OEBPS/content.opf", files: [(String, [UInt8])]) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        func add(_ name: String, _ bytes: [UInt8]) throws {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("mimetype", Array("application/epub+zip".utf8))
        try add("META-INF/container.xml", Array("""
            <?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles><rootfile full-path="\(opfPath)" media-type="application/oebps-package+xml"/></rootfiles></container>
            """.utf8))
        if let opf { try add(opfPath, Array(opf.utf8)) }
        for (name, bytes) in files { try add(name, bytes) }
    }

    static func opf(title: String, author: String, chapters: [String]) -> String {
        let items = chapters.enumerated().map { "<item id=\"c\($0.offset)\" href=\"\($0.element)\" media-type=\"application/xhtml+xml\"/>" }
        let refs = chapters.indices.map { "<itemref idref=\"c\($0)\"/>" }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(title)</dc:title><dc:creator>\(author)</dc:creator>
            <dc:subject>农业</dc:subject></metadata>
            <manifest>\(items.joined())</manifest><spine>\(refs.joined())</spine></package>
            """
    }

    static func xhtml(_ body: String, encoding: String = "UTF-8") -> String {
        """
        <?xml version="1.0" encoding="\(encoding)"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>章</title><style>p{}</style></head>
        <body><h1>章节</h1><p>\(body)</p></body></html>
        """
    }

    /// A PDF of `pages` pages, page N saying `text(N)` in Helvetica: big documents in milliseconds.
    static func syntheticPDF(pages: Int, at path: String, text: (Int) -> String) throws {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ body: String) {
            offsets.append(out.count)
            out.append(Data("\(offsets.count) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let kids = (0..<pages).map { "\(4 + $0 * 2) 0 R" }.joined(separator: " ")
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [\(kids)] /Count \(pages) >>")
        object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for page in 1...pages {
            object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + (page - 1) * 2) 0 R >>")
            let stream = "BT /F1 12 Tf 72 720 Td (\(text(page))) Tj ET"
            object("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        let xref = out.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        try out.write(to: URL(fileURLWithPath: path))
    }
}
