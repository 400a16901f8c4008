import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Console
@testable import Yuanjiao

/// Documents on the librarian's pages: the resource page with pages and excerpt, page 1 as a cached PNG.
@Suite("Console: documents")
struct DocumentPageTests {
    /// A one-page PDF in a few lines of PDF syntax (Helvetica text).
    static func onePagePDF(_ text: String) -> Data {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ body: String) {
            offsets.append(out.count)
            out.append(Data("\(offsets.count) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let stream = "BT /F1 24 Tf 72 720 Td (\(text)) Tj ET"
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [4 0 R] /Count 1 >>")
        object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>")
        object("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        let xref = out.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }

    @Test("a PDF's resource page shows its pages and excerpt, and its first page as a PNG")
    func documentResourcePage() async throws {
        let fixture = try ConsoleFixture()
        let folder = fixture.directory.appendingPathComponent("资料")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.onePagePDF("cooperative dividends").write(to: folder.appendingPathComponent("合作社.pdf"))
        _ = try fixture.workspace.index(paths: [folder.path])
        let hit = try #require(try fixture.workspace.search("cooperative").results.first)
        #expect(hit.kind == "document")
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let page = try await librarian.get("/resources/\(hit.id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("/resources/\(hit.id)/preview.png"))
            #expect(page.text.contains("cooperative dividends"))
            let png = try await librarian.get("/resources/\(hit.id)/preview.png")
            #expect(png.status == .ok)
            #expect(png.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let again = try await librarian.get("/resources/\(hit.id)/preview.png")
            #expect(again.bytes == png.bytes)
            let file = try await librarian.get("/resources/\(hit.id)/document")
            #expect(file.headers[.contentType] == "application/pdf")
            let notPDF = try await librarian.get("/resources/1/preview.png")
            #expect(notPDF.status == .notFound)
        }
        #expect(FileManager.default.fileExists(atPath: fixture.directory.appendingPathComponent("previews").path))
    }
}
