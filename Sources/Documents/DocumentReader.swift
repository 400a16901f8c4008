/// The front of the Documents module: which files are documents, and reading one.
public enum DocumentReader {
    /// File name extensions read as documents; everything else stays media.
    ///
    /// Over the path's UTF-8 bytes, not its Characters: the indexer asks this of every file on its probing threads,
    /// and a backward grapheme scan of a Chinese path cost about 1 % of them. The answer is the same: a dot or slash
    /// byte that shares a Character with a combining mark leaves an extension that starts with the mark (or holds
    /// a slash), which names no document; and a document's extension holds ASCII letters only, so no dot comes after it.
    public static func format(ofPath path: String) -> DocumentText.Format? {
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), !bytes[dot...].contains(UInt8(ascii: "/")) else { return nil }
        switch String(decoding: bytes[bytes.index(after: dot)...], as: UTF8.self).lowercased() {
        case "pdf": return .pdf
        case "epub": return .epub
        case "txt", "text": return .text
        default: return nil
        }
    }

    /// Reads metadata and page text. A broken, encrypted or unsafe file throws with a reason in Chinese;
    /// nothing is ever written.
    public static func read(path: String, limits: DocumentLimits = DocumentLimits()) throws(DocumentFailure) -> DocumentText {
        switch format(ofPath: path) {
        case .pdf: return try PDFReader.read(path: path, limits: limits)
        case .epub: return try EPUBReader.read(path: path, limits: limits)
        case .text: return try PlainTextReader.read(path: path, limits: limits)
        case nil: throw DocumentFailure(.unreadable, "不是可识别的文档类型（只读 PDF、EPUB 和 TXT）")
        }
    }
}
