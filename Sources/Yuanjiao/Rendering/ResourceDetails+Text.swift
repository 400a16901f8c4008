public import Catalogue

extension ResourceDetails {
    public var text: String {
        var lines = [
            "[\(id)] \(title)",
            "  文件：\(path)" + (status == "missing" ? "（文件缺失）" : ""),
            "  格式：\(format ?? "未知")　时长：\(DurationText.clock(duration))　大小：\(size) 字节",
        ]
        for stream in streams {
            lines.append("  流：\(stream.summary)")
        }
        for key in metadata.keys.sorted() {
            lines.append("  标签 \(key)：\(metadata[key] ?? "")")
        }
        for chapter in chapters {
            lines.append("  章节 \(DurationText.clock(chapter.start))：\(chapter.title ?? "")")
        }
        if !topics.isEmpty {
            lines.append("  主题：" + topics.map { "\($0.id)（\($0.source)\($0.confirmed ? "，已确认" : "，建议")）" }.joined(separator: "、"))
        }
        if !tags.isEmpty { lines.append("  标记：" + tags.joined(separator: "、")) }
        for session in planned {
            lines.append("  已排入：\(session.station) \(session.date)")
        }
        return lines.joined(separator: "\n")
    }
}
