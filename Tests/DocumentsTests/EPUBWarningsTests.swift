import Foundation
import Testing

@testable import Documents

/// libxml2 never prints: a broken GBK chapter and a malformed one read with their problems as warnings.
@Suite struct EPUBWarningsTests {
    @Test func brokenGBKChapterKeepsItsTextAndSaysSo() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("坏GBK.epub")
        // 「水稻」 0xFF 0xFF 「育秧」 in GBK: 0xFF is no GBK byte.
        let bytes = Array(#"<?xml version="1.0" encoding="GBK"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>"#.utf8)
            + [0xCB, 0xAE, 0xB5, 0xBE, 0xFF, 0xFF, 0xD3, 0xFD, 0xD1, 0xED] + Array("</p></body></html>".utf8)
        try DocumentFixtures.epub(
            at: path, opf: DocumentFixtures.opf(title: "水稻", author: "农技站", chapters: ["c.xhtml"]),
            files: [("OEBPS/c.xhtml", bytes)])
        let document = try DocumentReader.read(path: path)
        #expect(document.pages[0].contains("水稻"))
        #expect(document.pages[0].contains("育秧"))
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.contains("OEBPS/c.xhtml 声明为 GBK 编码") == true)
    }

    @Test func malformedChapterIsReadWithTheParsersMessage() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("标签不全.epub")
        let bytes = Array(#"<html xmlns="http://www.w3.org/1999/xhtml"><body><p>施肥要点<p>病虫害</body>"#.utf8)
        try DocumentFixtures.epub(
            at: path, opf: DocumentFixtures.opf(title: "施肥", author: "农技站", chapters: ["c.xhtml"]),
            files: [("OEBPS/c.xhtml", bytes)])
        let document = try DocumentReader.read(path: path)
        #expect(document.pages[0].contains("施肥要点"))
        #expect(!document.warnings.isEmpty)
        #expect(document.warnings.allSatisfy { $0.hasPrefix("OEBPS/c.xhtml") })
    }

    @Test func cleanEPUBHasNoWarnings() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("干净.epub")
        let bytes = Array(#"<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>养猪</p></body></html>"#.utf8)
        try DocumentFixtures.epub(
            at: path, opf: DocumentFixtures.opf(title: "养猪", author: "农技站", chapters: ["c.xhtml"]),
            files: [("OEBPS/c.xhtml", bytes)])
        let document = try DocumentReader.read(path: path)
        #expect(document.pages[0].contains("养猪"))
        #expect(document.warnings.isEmpty)
    }

    @Test func declaredEncodingIsReadFromTheDeclarationOnly() {
        #expect(MarkupDecoding.declaredEncoding(Array(#"<?xml version="1.0" encoding='gb2312'?><a/>"#.utf8)[...]) == "gb2312")
        #expect(MarkupDecoding.declaredEncoding(Array(#"<a encoding="GBK"/>"#.utf8)[...]) == nil)
        let (text, replaced) = MarkupDecoding.lossy([0xC5, 0xA9, 0xFF, 0xD2, 0xB5], encoding: "GBK")
        #expect(text == "农\u{FFFD}业")
        #expect(replaced == 1)
    }
}
