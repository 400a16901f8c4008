import Foundation
import Hummingbird
import Yuanjiao

/// A document on the librarian's pages: page 1 as a picture (PDF), pages, author and a text excerpt, and the
/// file itself for the browser's PDF viewer or as text. Served by id, never by a path the browser names.
enum DocumentPreview {
    static func mimeType(format: String?) -> String? {
        switch format {
        case "pdf": "application/pdf"
        case "epub": "application/epub+zip"
        case "text": "text/plain; charset=utf-8"
        default: nil
        }
    }

    static func html(_ details: ResourceDetails, excerpt: String?) -> HTML {
        let picture: HTML = details.format == "pdf" && details.status == "present"
            ? HTML("<p><img src=\"/resources/\(details.id)/preview.png\" alt=\"第一页预览\" class=\"page-preview\"></p>")
            : ""
        let noText = details.metadata["textLayer"] == "none"
            ? HTML("<p class=\"warning\">无文字层（可能是扫描件）：请为它填写标题和主题。</p>") : ""
        return """
            \(picture)\(noText)
            <table><tr><th>页数</th><td>\(details.pages.map(String.init) ?? "—")</td></tr>
            <tr><th>作者</th><td>\(details.author ?? "—")</td></tr></table>
            \(excerpt.map { HTML("<h2>第一页文字摘录</h2><blockquote>\(String($0.prefix(600)))</blockquote>") } ?? "")
            \(details.status == "present" ? HTML("<p><a href=\"/resources/\(details.id)/document\">在浏览器中打开</a></p>") : "")
            """
    }

    static func register(on groups: RouteGroups, services: ConsoleServices) {
        groups.staff.get("/resources/{id}/preview.png") { _, context in
            let id = try context.resourceID()
            guard let png = try await services.run({ try $0.documentPreview(id: id) }) else {
                throw ConsoleFailure.notFound("PDF 第一页预览")
            }
            var headers = HTTPFields()
            headers[.contentType] = "image/png"
            headers[.cacheControl] = "private, max-age=3600"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: png)))
        }
        groups.staff.get("/resources/{id}/document") { request, context in
            let id = try context.resourceID()
            let details = try await services.run { try $0.details(id: id) }
            guard details.status == "present", details.kind == "document", let type = mimeType(format: details.format) else {
                throw ConsoleFailure.notFound("文档文件")
            }
            let range = request.headers[.range]
            return try await services.run { _ in try MediaPreview.response(path: details.path, type: type, range: range) }
        }
    }
}
