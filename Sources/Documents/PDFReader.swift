/// PDF through poppler: the document's info dictionary and the text of each page, page by page, so memory
/// holds one page's text objects at a time whatever the document's length.
enum PDFReader {
    static func read(path: String, limits: DocumentLimits) throws(DocumentFailure) -> DocumentText {
        let pdf = try PDFHandle(path: path)
        let pageCount = pdf.pageCount
        guard pageCount > 0 else { throw DocumentFailure(.broken, "PDF 没有任何页面，文件可能已损坏。请重新下载") }
        var collector = PageCollector(limits: limits)
        for index in 0..<pageCount {
            guard collector.add(pdf.text(ofPage: index)) else { break }
        }
        if collector.pages.count < pageCount { collector.markTruncated() }
        return DocumentText(
            format: .pdf, title: pdf.title, author: pdf.author, subject: pdf.subject, keywords: pdf.keywords,
            pageCount: pageCount, pages: collector.pages, truncated: collector.truncated)
    }
}
