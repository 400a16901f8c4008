public import Catalogue
import Foundation

extension ReviewQueue {
    public var text: String { text(topicNames: [:]) }

    /// `topicNames` (id → Chinese label) names each suggestion for the reader beside the id `tag` takes.
    public func text(topicNames: [String: String]) -> String {
        guard total > 0 else { return "没有待审核的资源：每个在库的资源都已有确认的主题。" }
        var lines = ["待审核 \(total) 个资源（没有确认主题，最新的在前）" + (items.count < total ? "，显示前 \(items.count) 个：" : "：")]
        for item in items {
            lines.append("  [\(item.id)] \(item.title)　\(Self.day(item.added)) 登记")
            lines.append("       \(item.path)")
            if item.suggested.isEmpty {
                lines.append("       建议：无（请用 --topic 设定主题）")
            } else {
                lines.append("       建议：" + item.suggested.map { "\(TopicNaming.named($0.topic, topicNames))（\($0.reason)）" }.joined(separator: "、"))
            }
            if !item.months.isEmpty { lines.append("       时令：\(SeasonCalendar.monthsText(item.months))") }
            if let candidates = item.linkCandidates {
                // Time alone fits several channels: the librarian decides, the machine did not guess.
                lines.append("       未关联节目（录像没有频道信息，同一时间多个频道都对得上）：" + candidates.map {
                    "\($0.channel) \(Self.day($0.start))《\($0.title)》"
                }.joined(separator: "、"))
            }
            var marks: [String] = []
            if !item.tags.isEmpty { marks.append("标记：" + item.tags.joined(separator: "、")) }
            if let audience = item.audience { marks.append("受众：\(audience.label)") }
            if let series = LibrarianState.seriesText(item.series, item.episode) { marks.append("系列：\(series)") }
            if !item.rejected.isEmpty { marks.append("已移除：" + item.rejected.joined(separator: "、")) }
            if !marks.isEmpty { lines.append("       " + marks.joined(separator: "　")) }
        }
        if let first = items.first {
            let topic = first.suggested.first?.topic ?? "law"
            lines.append("确认主题：yuanjiao tag \(first.id) --topic \(topic)　　移除建议：yuanjiao tag \(first.id) --untopic \(topic)")
        }
        if let next { lines.append("下一页：yuanjiao review --after \(next)") }
        return lines.joined(separator: "\n")
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "zh_CN")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
