import CLibXML2
import Foundation

/// Looks at a guide file before libxml2 does, so a librarian hears what is wrong in plain words (a folder,
/// an empty or HTML download) and a device or pipe, which would never end, is refused without being read.
enum GuideFileCheck {
    /// What the first bytes say about the file.
    enum Content: Equatable {
        case plain
        /// `.xml.gz`: libxml2 decompresses it while reading.
        case gzip
    }

    static func check(file: String, path: String) throws(GuideError) -> Content {
        var status = stat()
        guard stat(file, &status) == 0 else {
            let reason = errno == EACCES ? "没有读取权限，请检查文件权限" : "找不到这个文件，请检查路径和文件名"
            throw GuideError(kind: .unreadable, path: path, message: reason)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw GuideError(kind: .unreadable, path: path, message: "这是一个文件夹，不是节目单：请给出文件夹里的 .xml 节目单文件")
        default:
            throw GuideError(
                kind: .unreadable, path: path, message: "这不是普通文件（设备、管道或套接字），读不到尽头，拒绝读取：请给出下载好的 .xml 节目单文件")
        }
        guard status.st_size > 0 else {
            throw GuideError(kind: .unreadable, path: path, message: "文件是空的（0 字节），可能下载失败，请重新下载节目单")
        }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw GuideError(kind: .unreadable, path: path, message: "无法打开文件，请检查文件权限")
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
        if head.starts(with: [0x1F, 0x8B]) { return .gzip }
        if looksLikeHTML(head) {
            throw GuideError(
                kind: .malformed, path: path, line: 1,
                message: "这是网页（HTML），不是 XMLTV 节目单：下载地址可能返回了错误页或登录页，请检查地址后重新下载")
        }
        if head.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }), status.st_size <= 512 {
            throw GuideError(kind: .unreadable, path: path, message: "文件里只有空白，没有内容，可能下载失败，请重新下载节目单")
        }
        return .plain
    }

    /// A guide that broke off mid-way, judged from the feed itself: its closing `</tv>` was never read, and
    /// libxml2 ran out of input inside an element ("Premature end of data") or stopped on the last line of
    /// the file (a tag or attribute cut in half). A feed that reached `</tv>` is complete whatever follows it;
    /// a mistake earlier in a feed is a mistake, not a truncation.
    /// A gzip file is judged whole or not by libxml2's decompression alone, so any error in one counts.
    static func isCutOff(
        rootClosed: Bool, code: Int32?, openElements: Int?, line: Int, file: String, content: Content
    ) -> Bool {
        guard content == .plain else { return true }
        // libxml2 reads ahead, so an error after `</tv>` may come before the reader hands `</tv>` out: the
        // parser's open elements say whether the root had closed.
        guard !rootClosed, openElements != 0 else { return false }
        let code = code.map { xmlParserErrors(UInt32(bitPattern: $0)) }
        // At the end of input with elements open the streaming parser says "Premature end of data" or, in
        // libxml2 2.9, "Extra content at the end of the document".
        if code == XML_ERR_TAG_NOT_FINISHED || (openElements != nil && (code == XML_ERR_DOCUMENT_END || code == XML_ERR_EXTRA_CONTENT)) {
            return true
        }
        guard let last = lastLine(of: file) else { return false }
        return line >= last
    }

    /// The 1-based line of the file's last byte that is not white space; read only when a guide failed.
    static func lastLine(of file: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        var lines = 1
        var pending = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            for byte in chunk {
                switch byte {
                case 0x0A: pending += 1
                case 0x20, 0x09, 0x0D, 0x00: break
                default:
                    lines += pending
                    pending = 0
                }
            }
        }
        return lines
    }

    /// The refusal of a guide that looks cut off, in words that say what to do.
    static func cutOff(_ error: GuideError, content: Content) -> GuideError {
        var error = error
        let what = content == .gzip ? "压缩文件已损坏或不完整" : "文件似乎在中途被截断"
        error.message = "\(what)（下载不完整？），请重新下载节目单。详情：\(error.message)"
        return error
    }

    /// The 1-based line of the first `needle` in the file's first megabyte; nil when it is not there (or the
    /// file is compressed).
    static func line(of needle: String, in file: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 1 << 20)) ?? Data())
        guard let found = head.firstRange(of: Array(needle.utf8)) else { return nil }
        return head[..<found.lowerBound].count { $0 == 0x0A } + 1
    }

    private static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(256), as: UTF8.self).lowercased()
        let start = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<head")
    }
}
