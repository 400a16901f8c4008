import Documents
import Foundation
import MediaProbe

extension ProbedFile {
    /// A PDF, EPUB or text file: its metadata as the row's `media` summary (so titles, topic rules and the
    /// search index read it like a recording's tags), its pages for `documentPage`.
    static func examineDocument(_ file: FoundFile, fingerprint: String) -> ProbedFile {
        let document: DocumentText
        do {
            document = try DocumentReader.read(path: file.path)
        } catch {
            return ProbedFile(file: file, fingerprint: fingerprint, outcome: .failure(.init(reason: error.reason)))
        }
        var warnings: [String] = []
        if !document.hasTextLayer {
            warnings.append("\(file.path): 没有文字层（可能是扫描件），只按文件信息登记；请在审核中为它填写标题和主题")
        }
        if document.truncated {
            warnings.append("\(file.path): 文字太多，只收录了前 \(document.pages.count) 页（共 \(document.pageCount) 页）的文字")
        }
        warnings += document.warnings.map { "\(file.path): \($0)" }
        let info = DocumentSummary.mediaInfo(document)
        return ProbedFile(file: file, fingerprint: fingerprint, outcome: .success(info), warnings: warnings, pages: document.pages)
    }
}

/// How a document is kept in the `media` column: the format's name and its fields as tags.
enum DocumentSummary {
    /// Formats whose rows are documents (`kind` "document").
    static let formats: Set<String> = Set(DocumentText.Format.allCases.map(\.rawValue))
    /// Characters of the first pages kept as the description: the topic rules read them, search ranks them low.
    static let excerptLength = 1_500

    static func mediaInfo(_ document: DocumentText) -> MediaInfo {
        var tags: [String: String] = ["pages": String(document.pageCount)]
        tags["title"] = document.title
        tags["author"] = document.author
        tags["subject"] = document.subject
        tags["keywords"] = document.keywords
        if !document.hasTextLayer { tags["textLayer"] = "none" }
        let excerpt = String(document.pages.prefix(3).joined(separator: "\n").prefix(excerptLength))
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if !excerpt.isEmpty { tags["description"] = excerpt }
        let longName = switch document.format {
        case .pdf: "PDF 文档"
        case .epub: "EPUB 电子书"
        case .text: "纯文本"
        }
        return MediaInfo(formatName: document.format.rawValue, formatLongName: longName, tags: tags)
    }

    /// `video`, `audio` or `document`, as search results, `show` and `--kind` say it.
    static func kind(_ media: MediaInfo?) -> String {
        guard let media else { return "video" }
        if formats.contains(media.formatName) { return "document" }
        if !media.hasVideo && media.hasAudio { return "audio" }
        return "video"
    }
}
