/// The console's first-page picture of a PDF.
public enum PagePreview {
    /// Renders page 1 of the PDF at `path` into a PNG at `destination`, `width` pixels wide.
    public static func renderFirstPage(ofPDF path: String, width: Int = 360, to destination: String) throws(DocumentFailure) {
        try PDFHandle(path: path).renderPNG(page: 0, width: width, to: destination)
    }
}
