import Foundation
import Testing

@testable import Documents

@Suite struct DocumentReaderTests {
    /// The byte scan gives what the Character scan gave, including dots and slashes joined to a combining mark.
    @Test(arguments: [
        ("/课件/讲义.PDF", Optional(DocumentText.Format.pdf)), ("/a/b.epub", .epub), ("/a/说明.Text", .text), ("/a/b.txt", .text),
        ("/a.pdf/视频.mkv", nil), ("/a/b.pdf/", nil), ("/a/无扩展名", nil), ("/a/b.\u{301}pdf", nil),
        ("/a/b.pdf.\u{301}", nil), ("/a.pdf/\u{301}b", nil), ("/a/b.ｐｄｆ", nil), (".pdf", .pdf),
    ])
    func formatOfPath(path: String, format: DocumentText.Format?) {
        #expect(DocumentReader.format(ofPath: path) == format)
    }

    @Test func chromiumPDFGivesEveryPageAsPdftotextReadsIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("合作社培训.pdf")
        try DocumentFixtures.printPDF(
            title: "农民专业合作社培训材料",
            pages: ["第一讲 合作社的成立与登记", "第二讲 社员大会与盈余分配", "第三讲 農產品銷售與品牌"], to: path)
        let document = try DocumentReader.read(path: path)
        #expect(document.format == .pdf)
        #expect(document.title == "农民专业合作社培训材料")
        #expect(document.pageCount == 3)
        #expect(document.hasTextLayer)
        for page in 1...3 {
            let reference = try DocumentFixtures.pdftotext(path, page: page)
            #expect(Self.squeezed(document.pages[page - 1]) == Self.squeezed(reference))
        }
        #expect(document.pages[1].contains("盈余分配"))
    }

    @Test func firstPagePreviewIsAPNG() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("预览.pdf")
        try DocumentFixtures.printPDF(title: "预览", pages: ["第一页"], to: path)
        let png = folder.path("预览.png")
        try PagePreview.renderFirstPage(ofPDF: path, width: 200, to: png)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func epubGivesMetadataAndSpineTextInOrder() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("养猪.epub")
        try DocumentFixtures.epub(
            at: path, opf: DocumentFixtures.opf(title: "科学养猪", author: "县农技站", chapters: ["text/b.xhtml", "text/a.xhtml"]),
            files: [
                ("OEBPS/text/a.xhtml", Array(DocumentFixtures.xhtml("猪瘟的预防").utf8)),
                ("OEBPS/text/b.xhtml", Array(DocumentFixtures.xhtml("仔猪的饲养<script>var x = 1;</script>").utf8)),
            ])
        let document = try DocumentReader.read(path: path)
        #expect(document.title == "科学养猪")
        #expect(document.author == "县农技站")
        #expect(document.pageCount == 2)
        #expect(document.pages[0].contains("仔猪的饲养"))
        #expect(!document.pages[0].contains("var x"))
        #expect(document.pages[1].contains("猪瘟的预防"))
    }

    @Test func epubChapterDeclaredGBKIsDecoded() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("gbk.epub")
        // 「水稻育秧」 in GBK, declared in the XML declaration.
        let bytes = Array(#"<?xml version="1.0" encoding="GBK"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>"#.utf8)
            + [0xCB, 0xAE, 0xB5, 0xBE, 0xD3, 0xFD, 0xD1, 0xED] + Array("</p></body></html>".utf8)
        try DocumentFixtures.epub(
            at: path, opf: DocumentFixtures.opf(title: "水稻", author: "农技站", chapters: ["c.xhtml"]),
            files: [("OEBPS/c.xhtml", bytes)])
        let document = try DocumentReader.read(path: path)
        #expect(document.pages[0].contains("水稻育秧"))
    }

    @Test func badDocumentsAreClearFailures() throws {
        let folder = try TemporaryFolder()
        // Truncated PDF: the first half of a real one.
        let whole = folder.path("完整.pdf")
        try DocumentFixtures.printPDF(title: "完整", pages: ["内容"], to: whole)
        let data = try Data(contentsOf: URL(fileURLWithPath: whole))
        let truncated = folder.path("截断.pdf")
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: truncated))
        #expect(Self.failure(truncated)?.kind == .broken)

        let encrypted = folder.path("加密.pdf")
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        qpdf.arguments = ["--encrypt", "user", "owner", "256", "--", whole, encrypted]
        try qpdf.run()
        qpdf.waitUntilExit()
        let encryptedFailure = try #require(Self.failure(encrypted))
        #expect(encryptedFailure.kind == .encrypted)
        #expect(encryptedFailure.reason.contains("加密"))

        let noOPF = folder.path("没有OPF.epub")
        try DocumentFixtures.epub(at: noOPF, opf: nil, files: [])
        let noOPFFailure = try #require(Self.failure(noOPF))
        #expect(noOPFFailure.kind == .broken)
        #expect(noOPFFailure.reason.contains("OEBPS/content.opf"))

        let escaping = folder.path("越界.epub")
        try DocumentFixtures.epub(
            at: escaping, opf: DocumentFixtures.opf(title: "越界", author: "?", chapters: ["../../etc/passwd"]), files: [])
        let escapingFailure = try #require(Self.failure(escaping))
        #expect(escapingFailure.kind == .unsafe)
        #expect(escapingFailure.reason.contains("../"))

        let notZip = folder.path("假的.epub")
        try Data("这不是压缩包".utf8).write(to: URL(fileURLWithPath: notZip))
        #expect(Self.failure(notZip)?.kind == .broken)
    }

    @Test func zipBombIsRefusedByItsDeclaredAndItsActualSize() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("炸弹.epub")
        let big = Array(DocumentFixtures.xhtml(String(repeating: "炸", count: 200_000)).utf8)
        try DocumentFixtures.epub(
            at: path, opf: DocumentFixtures.opf(title: "炸弹", author: "?", chapters: ["c.xhtml"]), files: [("OEBPS/c.xhtml", big)])
        // Declared too big for the cap.
        let declared = try #require(Self.failure(path, limits: DocumentLimits(maxMemberBytes: 100_000)))
        #expect(declared.kind == .unsafe)
        #expect(declared.reason.contains("压缩炸弹"))
        // Declared small, inflates big: the headers lie.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        Self.patchDeclaredSize(of: "OEBPS/c.xhtml", to: 1_000, in: &bytes)
        try bytes.write(to: URL(fileURLWithPath: path))
        let actual = try #require(Self.failure(path))
        #expect(actual.kind == .unsafe || actual.kind == .broken)
    }

    @Test func fiveThousandPagePDFKeepsItsPageCountAndCapsItsText() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("long.pdf")
        try DocumentFixtures.syntheticPDF(pages: 5_000, at: path) { "page \($0) cooperative" }
        let document = try DocumentReader.read(path: path)
        #expect(document.pageCount == 5_000)
        #expect(document.pages.count == DocumentLimits().maxTextPages)
        #expect(document.truncated)
        #expect(document.pages[41].contains("page 42 cooperative"))
    }

    @Test func scannedPDFHasNoTextLayer() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("扫描件.pdf")
        try DocumentFixtures.syntheticPDF(pages: 2, at: path) { _ in "" }
        let document = try DocumentReader.read(path: path)
        #expect(document.pageCount == 2)
        #expect(!document.hasTextLayer)
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    static func failure(_ path: String, limits: DocumentLimits = DocumentLimits()) -> DocumentFailure? {
        do {
            _ = try DocumentReader.read(path: path, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// Rewrites a member's uncompressed size in its local header (offset 22) and central record (offset 24).
    static func patchDeclaredSize(of name: String, to size: UInt32, in data: inout Data) {
        let nameBytes = Data(name.utf8)
        let sizeBytes = withUnsafeBytes(of: size.littleEndian) { Data($0) }
        var searchFrom = data.startIndex
        while let range = data.range(of: nameBytes, in: searchFrom..<data.endIndex) {
            let local = range.lowerBound - 30
            let central = range.lowerBound - 46
            if local >= 0, data[local..<local + 4] == Data([0x50, 0x4B, 0x03, 0x04]) {
                data.replaceSubrange(local + 22..<local + 26, with: sizeBytes)
            } else if central >= 0, data[central..<central + 4] == Data([0x50, 0x4B, 0x01, 0x02]) {
                data.replaceSubrange(central + 24..<central + 28, with: sizeBytes)
            }
            searchFrom = range.upperBound
        }
    }
}
