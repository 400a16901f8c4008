import Catalogue
import ChineseText
import Foundation
import Testing

/// Documents through the real indexer and search: page hits, 繁體 and pinyin queries, kinds, review flags, failures.
@Suite struct DocumentIndexingTests {
    static let pinyin: PinyinTable = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return try! PinyinTable(contentsOf: url.appendingPathComponent("Catalog/pinyin-readings.txt"))
    }()

    static let taxonomy = TopicTaxonomy(topics: [
        .init(id: "agritech", label: "农业科技", keywords: ["水稻", "育秧"], folders: [], categories: []),
        .init(id: "law", label: "法律法规", keywords: ["法律"], folders: [], categories: []),
    ])

    /// A folder with a printed PDF, a GBK EPUB, a GBK text, a scanned PDF and four bad files.
    static func library(_ folder: TemporaryFolder) throws -> String {
        let root = folder.path("资料")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try DocumentFixtures.printPDF(
            title: "合作社培训材料", pages: ["合作社的成立与登记", "社员大会的召开", "盈余分配按交易量返还"], to: root + "/合作社.pdf")
        let gbkChapter = Array(#"<?xml version="1.0" encoding="GBK"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>"#.utf8)
            + [0xCB, 0xAE, 0xB5, 0xBE, 0xD3, 0xFD, 0xD1, 0xED] + Array("</p></body></html>".utf8)  // 水稻育秧
        try DocumentFixtures.epub(
            at: root + "/种植.epub", opf: DocumentFixtures.opf(title: "种植手册", author: "县农技站", chapters: ["c.xhtml"]),
            files: [("OEBPS/c.xhtml", gbkChapter)])
        try Data([0xB7, 0xA8, 0xC2, 0xC9, 0xD6, 0xAA, 0xCA, 0xB6]).write(to: URL(fileURLWithPath: root + "/普法.txt"))  // 法律知识
        try DocumentFixtures.syntheticPDF(pages: 3, at: root + "/扫描件.pdf") { _ in "" }
        try Data("%PDF-1.4\n1 0 obj".utf8).write(to: URL(fileURLWithPath: root + "/截断.pdf"))
        try DocumentFixtures.epub(at: root + "/没有OPF.epub", opf: nil, files: [])
        try Data([0x00, 0xFF, 0x81, 0x00]).write(to: URL(fileURLWithPath: root + "/乱码.txt"))
        return root
    }

    @Test func documentsAreIndexedSearchedAndReviewed() throws {
        let folder = try TemporaryFolder()
        let root = try Self.library(folder)
        let catalogue = try Catalogue(path: folder.path("catalog.sqlite"), pinyin: Self.pinyin)
        let report = try catalogue.index(roots: [root], taxonomy: Self.taxonomy)
        #expect(report.added == 4)
        #expect(Set(report.failed.map { ($0.path as NSString).lastPathComponent }) == ["截断.pdf", "没有OPF.epub", "乱码.txt"])
        #expect(report.failed.allSatisfy { !$0.error.isEmpty })
        #expect(report.warnings.contains { $0.contains("扫描件.pdf") && $0.contains("文字层") })

        // Body text on page 3, found in simplified, traditional and pinyin, with the page and its snippet.
        for query in ["盈余分配", "盈餘分配", "yingyu fenpei"] {
            let hit = try #require(try catalogue.search(query).results.first, "\(query)")
            #expect(hit.kind == "document")
            #expect(hit.page == 3)
            #expect(hit.pages == 3)
            #expect(hit.snippet.contains("<mark>"))
        }
        // A title match ranks above a body-only match.
        let ranked = try catalogue.search("合作社").results
        #expect(ranked.first?.title == "合作社培训材料")

        // GBK EPUB and text.
        #expect(try catalogue.search("水稻育秧").results.first?.title == "种植手册")
        #expect(try catalogue.search("法律知识").results.map(\.kind) == ["document"])

        // --kind
        #expect(try catalogue.search("合作社", filters: SearchFilters(kind: "video")).results.isEmpty)
        #expect(try catalogue.search("合作社", filters: SearchFilters(kind: "document")).results.count == 1)

        // show
        let epubID = try #require(try catalogue.search("种植手册").results.first?.id)
        let details = try catalogue.details(id: epubID)
        #expect(details.kind == "document")
        #expect(details.author == "县农技站")
        #expect(details.pages == 1)

        // Review: topics suggested from the text; the scanned PDF flagged.
        let queue = try catalogue.reviewQueue()
        let epubItem = try #require(queue.items.first { $0.id == epubID })
        #expect(epubItem.suggested.map(\.topic).contains("agritech"))
        #expect(epubItem.kind == "document")
        let scanned = try #require(queue.items.first { $0.path.hasSuffix("扫描件.pdf") })
        #expect(scanned.noTextLayer)
        #expect(queue.items.filter(\.noTextLayer).count == 1)
    }

    @Test func rescanIsIncrementalAndARenameKeepsTheDocument() throws {
        let folder = try TemporaryFolder()
        let root = try Self.library(folder)
        let catalogue = try Catalogue(path: folder.path("catalog.sqlite"), pinyin: Self.pinyin)
        _ = try catalogue.index(roots: [root])
        let before = try #require(try catalogue.search("盈余分配").results.first)
        let again = try catalogue.index(roots: [root])
        #expect(again.unchanged == 4)
        #expect(again.added == 0)
        try FileManager.default.moveItem(atPath: root + "/合作社.pdf", toPath: root + "/合作社（新版）.pdf")
        let moved = try catalogue.index(roots: [root])
        #expect(moved.moved == 1)
        let after = try #require(try catalogue.search("盈余分配").results.first)
        #expect(after.id == before.id)
        #expect(after.page == 3)
        #expect(after.path.hasSuffix("合作社（新版）.pdf"))
    }
}
