/// The front of the Documents module: which files are documents, and reading one.
public enum DocumentReader {
    /// File name extensions read as documents; everything else stays media.
    public static func format(ofPath path: String) -> DocumentText.Format? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
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
