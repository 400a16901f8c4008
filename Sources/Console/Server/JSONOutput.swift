import Foundation
import Hummingbird
import Yuanjiao

/// The API's JSON: the same encoder settings as the CLI's `--json`, so scripts see the same shapes.
enum JSONOutput {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let data = (try? JSONFormat.encode(value)) ?? Data(#"{"error":"无法编码结果"}"#.utf8)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Response {
    /// 303 See Other: after a POST, the browser loads the page it was sent to with GET.
    static func seeOther(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }
}
