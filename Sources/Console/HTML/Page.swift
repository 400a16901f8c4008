import Hummingbird
import Yuanjiao

/// The frame of every page: title, the navigation the account's role may use, the body.
struct Page {
    var title: String
    var account: Account?
    var csrf: String?
    var body: HTML

    func render() -> HTML { opening + closing }

    /// Everything up to the end of `body`, for a page whose body goes on with bytes rendered earlier.
    private var opening: HTML {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · 远教控制台</title><link rel="stylesheet" href="\(ConsoleAssets.styleURL)">
        <script src="\(ConsoleAssets.scriptURL)" defer></script></head>
        <body><header><a class="brand" href="/">远教控制台</a>\(navigation)</header>
        <main>\(body)
        """
    }

    private var closing: HTML { "</main></body></html>" }

    private var navigation: HTML {
        guard let account else { return "" }
        var links: [(String, String)] = []
        switch account.role {
        case .admin:
            links = [("/month", "月计划"), ("/stations", "站点"), ("/review", "审核"), ("/search", "检索"), ("/upcoming", "即将播出"), ("/history", "修改记录"), ("/users", "账号"), ("/report", "县级报表")]
        case .librarian:
            links = [("/review", "审核"), ("/search", "检索"), ("/upcoming", "即将播出"), ("/bulk", "批量标注"), ("/history", "修改记录")]
        case .station:
            if let station = account.station { links = [("/station/\(station)", "本站计划"), ("/station/\(station)/attendance", "签到")] }
        }
        return """
            <nav>\(links.html { link in "<a href=\"\(link.0)\">\(link.1)</a>" })</nav>
            <form class="logout" method="post" action="/logout">\(CSRFField(csrf))<a href="/account/password" title="修改密码">\(account.name)（\(account.role.label)）</a>
            <button type="submit">退出</button></form>
            """
    }

    func response(status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: Self.headers, body: .init(byteBuffer: ByteBuffer(string: render().source)))
    }

    /// The page with `rest` sent after `body` as it is: a cached part of the page is shared, not copied;
    /// gzip-compressed when the browser accepts it (`rest.gzip` was compressed once, with the cache).
    func response(followedBy rest: CachedPagePart, acceptEncoding: String?) -> Response {
        guard GzipAcceptance.accepts(acceptEncoding), let cached = rest.gzip,
              let head = GzipPart(opening.source.utf8, last: false), let tail = GzipPart(closing.source.utf8, last: true)
        else {
            let parts = [ByteBuffer(string: opening.source), rest.bytes, ByteBuffer(string: closing.source)]
            return Response(status: .ok, headers: Self.headers, body: .init(contentsOf: parts))
        }
        var headers = Self.headers
        headers[.contentEncoding] = "gzip"
        headers[.vary] = "Accept-Encoding"
        let buffers = [ByteBuffer(bytes: GzipPart.header), ByteBuffer(bytes: head.deflated), cached.bytes,
                       ByteBuffer(bytes: tail.deflated), ByteBuffer(bytes: GzipPart.trailer([head, cached.part, tail]))]
        return Response(status: .ok, headers: headers, body: .init(contentsOf: buffers))
    }

    private static var headers: HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return headers
    }
}

/// The hidden field every form carries; `CSRF.verify` checks it against the session.
struct CSRFField {
    var token: String?
    init(_ token: String?) { self.token = token }
}

extension HTML.Interpolation {
    mutating func appendInterpolation(_ field: CSRFField) {
        appendInterpolation(HTML("<input type=\"hidden\" name=\"csrf\" value=\"\(field.token ?? "")\">"))
    }
}
