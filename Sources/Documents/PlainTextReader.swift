import ChineseText
import Foundation

/// A .txt file in UTF-8 (with or without BOM), UTF-16 with a BOM, or GBK/GB18030; cut into pages of
/// `linesPerPage` lines (or at form feeds) so a search hit can say where it is.
enum PlainTextReader {
    static let linesPerPage = 60

    static func read(path: String, limits: DocumentLimits) throws(DocumentFailure) -> DocumentText {
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // One byte past the cap tells "exactly the cap" from "more than the cap".
            data = try handle.read(upToCount: limits.maxTextBytes + 1) ?? Data()
        } catch {
            throw DocumentFailure(.unreadable, "无法读取文本文件：\(error.localizedDescription)")
        }
        let cut = data.count > limits.maxTextBytes
        let text = try decode(Array(data.prefix(limits.maxTextBytes)), cut: cut)
        var collector = PageCollector(limits: limits)
        for page in paginate(text) {
            guard collector.add(page) else { break }
        }
        if cut { collector.markTruncated() }
        let title = text.split(whereSeparator: \.isNewline).first.map { String($0.prefix(80)) }
        return DocumentText(format: .text, title: nil, author: nil, subject: title, pageCount: collector.pages.count,
                            pages: collector.pages, truncated: collector.truncated)
    }

    /// UTF-8 first, then UTF-16 by its BOM, then GB18030 (which covers GB2312 and GBK); anything else is refused.
    static func decode(_ bytes: [UInt8], cut: Bool) throws(DocumentFailure) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        // A cap may split the last UTF-8 character: up to three bytes dropped before giving up on UTF-8.
        if cut {
            for drop in 1...3 where body.count > drop {
                if let text = String(validating: body.dropLast(drop), as: UTF8.self) { return text }
            }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
            let text = try? LegacyText.decode(bytes: bytes, encoding: "UTF-16")
        {
            return text
        }
        if !bytes.contains(0), let text = try? LegacyText.decode(bytes: bytes, encoding: "GB18030") { return text }
        throw DocumentFailure(
            .unknownEncoding,
            "无法识别文本编码（既不是 UTF-8，也不是 GBK/GB18030 或带 BOM 的 UTF-16）。请用记事本另存为 UTF-8 后再放入")
    }

    static func paginate(_ text: String) -> [String] {
        var pages: [String] = []
        for sheet in text.split(separator: "\u{0C}", omittingEmptySubsequences: false) {
            var lines: [Substring] = []
            for line in sheet.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(line)
                if lines.count == linesPerPage {
                    pages.append(lines.joined(separator: "\n"))
                    lines = []
                }
            }
            if !lines.isEmpty { pages.append(lines.joined(separator: "\n")) }
        }
        return pages.isEmpty ? [""] : pages
    }
}
