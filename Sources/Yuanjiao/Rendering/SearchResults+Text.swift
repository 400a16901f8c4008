public import Catalogue

extension SearchResults {
    /// How matches in snippets are shown: colour on a terminal, 【】 in a pipe or a file.
    public enum Highlight: Sendable {
        case terminal
        case brackets
    }

    /// `topicNames` (id → Chinese label) names each topic for the reader beside the id the flags take.
    public func text(highlight: Highlight = .brackets, topicNames: [String: String] = [:]) -> String {
        ([resourceText(highlight: highlight, topicNames: topicNames)] + programmeLines).joined(separator: "\n")
    }

    private func resourceText(highlight: Highlight, topicNames: [String: String]) -> String {
        guard total > 0 else { return "没有找到与「\(query)」相关的资源。" }
        var lines = ["找到 \(total) 条与「\(query)」相关的资源" + (results.count < total ? "，显示前 \(results.count) 条：" : "：")]
        for hit in results {
            let length = hit.kind == "document" ? hit.pages.map { "\($0) 页" } ?? "" : DurationText.clock(hit.duration)
            lines.append("  [\(hit.id)] \(Self.kindLabel(hit.kind))　\(hit.title)　\(length)"
                + (hit.topics.isEmpty ? "" : "　" + hit.topics.map { TopicNaming.named($0, topicNames) }.joined(separator: "、")))
            let snippet = Self.render(hit.snippet, highlight).replacingOccurrences(of: "\n", with: " ")
            if !snippet.isEmpty { lines.append("       " + (hit.page.map { "第 \($0) 页：" } ?? "") + snippet) }
            lines.append("       \(hit.path)")
        }
        return lines.joined(separator: "\n")
    }

    /// 视频, 音频 or 文档: what a hit is, in the reader's words.
    public static func kindLabel(_ kind: String) -> String {
        switch kind {
        case "document": "文档"
        case "audio": "音频"
        default: "视频"
        }
    }

    static func render(_ snippet: String, _ highlight: Highlight) -> String {
        let (open, close) = highlight == .terminal ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("【", "】")
        return snippet.replacingOccurrences(of: markStart, with: open).replacingOccurrences(of: markEnd, with: close)
    }
}
