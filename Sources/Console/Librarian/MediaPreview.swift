import Foundation
import Hummingbird
import Yuanjiao

/// The in-browser preview of a resource: served by id (never by a path the browser names), with HTTP
/// range requests so the player can seek. Only containers browsers play get a player.
enum MediaPreview {
    /// libavformat's format names that browsers play, with the MIME type to send.
    static func mimeType(format: String?) -> String? {
        let names = (format ?? "").split(separator: ",").map(String.init)
        if names.contains("mp4") || names.contains("mov") { return "video/mp4" }
        if names.contains("webm") || names.contains("matroska") { return "video/webm" }
        if names.contains("mp3") { return "audio/mpeg" }
        if names.contains("ogg") { return "audio/ogg" }
        if names.contains("wav") { return "audio/wav" }
        return nil
    }

    static func html(_ details: ResourceDetails) -> HTML {
        guard details.status == "present", let type = mimeType(format: details.format) else {
            return "<p class=\"muted\">这种格式（\(details.format ?? "未知")）浏览器不能直接播放，请在站点电脑上用播放器打开。</p>"
        }
        let tag = type.hasPrefix("audio") ? "audio" : "video"
        return """
            <\(HTML(raw: tag)) controls preload="metadata" src="/resources/\(details.id)/media" class="media-preview"></\(HTML(raw: tag))>
            """
    }

    static func register(on groups: RouteGroups, services: ConsoleServices) {
        groups.staff.get("/resources/{id}/media") { request, context in
            let id = try context.resourceID()
            let details = try await services.run { try $0.details(id: id) }
            guard details.status == "present", let type = mimeType(format: details.format) else {
                throw ConsoleFailure.notFound("可以在浏览器播放的文件")
            }
            let range = request.headers[.range]
            return try await services.run { _ in try response(path: details.path, type: type, range: range) }
        }
    }

    static func response(path: String, type: String, range: String?) throws -> Response {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ConsoleFailure.notFound("课件文件") }
        defer { try? handle.close() }
        let size = Int(try handle.seekToEnd())
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.acceptRanges] = "bytes"
        let chunkLimit = 4 << 20
        guard let range, let (start, end) = byteRange(range, size: size) else {
            if range != nil {
                headers[.contentRange] = "bytes */\(size)"
                return Response(status: .rangeNotSatisfiable, headers: headers)
            }
            // No range asked: send the start; players ask for the rest with ranges.
            try handle.seek(toOffset: 0)
            let data = try handle.read(upToCount: min(size, chunkLimit)) ?? Data()
            if data.count < size {
                headers[.contentRange] = "bytes 0-\(data.count - 1)/\(size)"
                return Response(status: .partialContent, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        let last = min(end, start + chunkLimit - 1)
        try handle.seek(toOffset: UInt64(start))
        let data = try handle.read(upToCount: last - start + 1) ?? Data()
        headers[.contentRange] = "bytes \(start)-\(start + data.count - 1)/\(size)"
        return Response(status: .partialContent, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `bytes=a-b`, `bytes=a-` or `bytes=-n` (one range only); nil when it cannot be satisfied.
    static func byteRange(_ header: String, size: Int) -> (Int, Int)? {
        guard header.hasPrefix("bytes="), size > 0 else { return nil }
        let spec = header.dropFirst(6)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return nil }
        let from = spec[..<dash], to = spec[spec.index(after: dash)...]
        if from.isEmpty {
            guard let count = Int(to), count > 0 else { return nil }
            return (max(0, size - count), size - 1)
        }
        guard let start = Int(from), start < size else { return nil }
        let end = to.isEmpty ? size - 1 : min(Int(to) ?? -1, size - 1)
        return end >= start ? (start, end) : nil
    }
}
