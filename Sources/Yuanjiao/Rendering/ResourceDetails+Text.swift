public import Catalogue
import Foundation

extension ResourceDetails {
    public var text: String {
        var lines = [
            "[\(id)] \(title)",
            "  文件：\(path)" + (status == "missing" ? "（文件缺失）" : ""),
            "  格式：\(format ?? "未知")　时长：\(DurationText.clock(duration))　大小：\(size) 字节",
        ]
        for programme in programmes {
            let channel = programme.channelName ?? programme.channel
            lines.append("  节目单：\(channel) \(Self.localTime(programme.start))　\(programme.title)"
                + (programme.subTitle.map { "　\($0)" } ?? "") + "（按\(Self.methodName(programme.method))对应）")
            if let description = programme.description { lines.append("    简介：\(description)") }
            if !programme.categories.isEmpty { lines.append("    分类：\(programme.categories.joined(separator: "、"))") }
            if let episode = programme.episode { lines.append("    集数：第 \(episode) 集") }
        }
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
            lines.append("  主题：" + topics.map { "\($0.id)（\(Self.sourceName($0.source))\($0.confirmed ? "，已确认" : "，待确认")）" }.joined(separator: "、"))
        }
        if !tags.isEmpty { lines.append("  标记：" + tags.joined(separator: "、")) }
        lines += librarianLines
        for session in planned {
            lines.append("  已排入：\(session.station) \(session.date)")
        }
        return lines.joined(separator: "\n")
    }

    private static func sourceName(_ source: String) -> String {
        switch source {
        case "librarian": return "馆员"
        case "guide": return "节目单"
        case "rule": return "规则"
        default: return source
        }
    }

    private static func methodName(_ method: String) -> String {
        switch method {
        case "filename": return "文件名中的频道与时间"
        case "creation-time": return "录制时间"
        case "title": return "标题"
        default: return method
        }
    }

    /// Guide times shown in the county's time, Asia/Shanghai.
    static func localTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "zh_CN")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
