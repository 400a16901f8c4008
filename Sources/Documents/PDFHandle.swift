import CPoppler
import Foundation

/// One open poppler document. Owns its handle and each page's: nothing poppler leaves this file's types.
/// Not shared between threads; every indexing worker opens its own.
final class PDFHandle {
    private let handle: OpaquePointer

    init(path: String) throws(DocumentFailure) {
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(path, nil, &error) else {
            defer { g_clear_error(&error) }
            throw DocumentFailure(.unreadable, "无法读取该文件路径：\(Self.message(error))")
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, nil, &error) else {
            defer { g_clear_error(&error) }
            let code = error?.pointee.code ?? 0
            if error?.pointee.domain == poppler_error_quark(), code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw DocumentFailure(.encrypted, "PDF 已加密（需要密码），无法读取文字。请向发布方索取未加密的版本")
            }
            if error?.pointee.domain == g_file_error_quark() {
                throw DocumentFailure(.unreadable, "无法打开文件：\(Self.message(error))。请检查文件权限")
            }
            throw DocumentFailure(.broken, "PDF 文件已损坏或不完整（\(Self.message(error))）。请重新下载")
        }
        handle = document
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    private var document: OpaquePointer { handle }

    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }
    var title: String? { Self.take(poppler_document_get_title(document)) }
    var author: String? { Self.take(poppler_document_get_author(document)) }
    var subject: String? { Self.take(poppler_document_get_subject(document)) }
    var keywords: String? { Self.take(poppler_document_get_keywords(document)) }

    /// The text of page `index` (0-based), in reading order; empty for a page without a text layer.
    func text(ofPage index: Int) -> String {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return "" }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return Self.take(poppler_page_get_text(page)) ?? ""
    }

    /// Draws page `index` on white into a PNG file `width` pixels wide.
    func renderPNG(page index: Int, width: Int, to path: String) throws(DocumentFailure) {
        guard let page = poppler_document_get_page(document, Int32(index)) else {
            throw DocumentFailure(.broken, "PDF 没有第 \(index + 1) 页")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var pageWidth = 0.0
        var pageHeight = 0.0
        poppler_page_get_size(page, &pageWidth, &pageHeight)
        guard pageWidth > 0, pageHeight > 0 else { throw DocumentFailure(.broken, "PDF 第 \(index + 1) 页尺寸无效") }
        let scale = Double(width) / pageWidth
        // A page drawn taller than this is a strip, not a preview; the cap keeps a hostile size from a huge surface.
        let height = min(Int((pageHeight * scale).rounded()), width * 4)
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(max(height, 1))) else {
            throw DocumentFailure(.broken, "无法创建预览图")
        }
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)
        defer { cairo_destroy(context) }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_surface_flush(surface)
        let status = cairo_surface_write_to_png(surface, path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw DocumentFailure(.unreadable, "无法写入预览图 \(path)：\(String(cString: cairo_status_to_string(status)))")
        }
    }

    /// A poppler string handed over to us: copied into Swift and freed.
    private static func take(_ text: UnsafeMutablePointer<gchar>?) -> String? {
        guard let text else { return nil }
        defer { g_free(text) }
        return String(cString: text)
    }

    private static func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let text = error?.pointee.message else { return "未知错误" }
        return String(cString: text)
    }
}
