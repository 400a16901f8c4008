import Foundation

/// What a document says about itself and the text of its pages: a plain value, no C pointers.
public struct DocumentText: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case pdf
        case epub
        case text
    }

    public var format: Format
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    /// Every page the document has, also those whose text was not read (past the page cap).
    public var pageCount: Int
    /// The text of page 1, 2, …: PDF pages, EPUB spine chapters, or blocks of a plain text file.
    public var pages: [String]
    /// True when a limit stopped the reading: the pages list is shorter than `pageCount` or a page was cut.
    public var truncated: Bool
    /// What the reader had to repair, in Chinese (an EPUB chapter's bytes that were not its declared encoding,
    /// libxml2's recovered parse errors); empty for a clean document. Never printed by the library.
    public var warnings: [String]

    public init(
        format: Format, title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
        pageCount: Int, pages: [String], truncated: Bool = false, warnings: [String] = []
    ) {
        self.format = format
        self.title = Self.nonBlank(title)
        self.author = Self.nonBlank(author)
        self.subject = Self.nonBlank(subject)
        self.keywords = Self.nonBlank(keywords)
        self.pageCount = pageCount
        self.pages = pages
        self.truncated = truncated
        self.warnings = warnings
    }

    /// False for a scanned PDF: pages exist but none carries a character of text.
    public var hasTextLayer: Bool {
        pages.contains { page in page.unicodeScalars.contains { !$0.properties.isWhitespace } }
    }

    static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
