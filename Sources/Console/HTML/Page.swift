import Hummingbird
import Yuanjiao

/// The frame of every page: title, the navigation the account's role may use, the body.
struct Page {
    var title: String
    var account: Account?
    var csrf: String?
    var body: HTML

    func render() -> HTML {
        """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · 远教控制台</title><link rel="stylesheet" href="\(ConsoleAssets.styleURL)">
        <script src="\(ConsoleAssets.scriptURL)" defer></script></head>
        <body><header><a class="brand" href="/">远教控制台</a>\(navigation)</header>
        <main>\(body)</main></body></html>
        """
    }

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
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: render().source)))
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
