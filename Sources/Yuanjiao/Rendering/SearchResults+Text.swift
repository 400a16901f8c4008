public import Catalogue

extension SearchResults {
    public var text: String {
        guard total > 0 else { return "没有找到与「\(query)」相关的资源。" }
        var lines = ["找到 \(total) 条与「\(query)」相关的资源" + (results.count < total ? "，显示前 \(results.count) 条：" : "：")]
        for hit in results {
            lines.append("  [\(hit.id)] \(hit.title)　\(DurationText.clock(hit.duration))")
            lines.append("       \(hit.path)")
        }
        return lines.joined(separator: "\n")
    }
}
