public import Catalogue

extension TagOutcome {
    public var text: String {
        guard let change else {
            return matched == 0 ? "没有匹配的资源，未作修改。" : "匹配 \(matched) 个资源，都已是这样，无需修改。"
        }
        var lines = ["已修改 \(changed) 个资源（匹配 \(matched) 个），记为变更 #\(change)；撤销：yuanjiao undo \(change)"]
        for item in changes.prefix(20) {
            lines.append("  [\(item.id)] \(item.title)：\(item.before.changeText(to: item.after))")
        }
        if changes.count > 20 { lines.append("  …另有 \(changes.count - 20) 个") }
        return lines.joined(separator: "\n")
    }
}

extension TagPreview {
    /// The question asked before a bulk tag.
    public var question: String {
        var lines = ["将修改 \(changes.count) 个资源（查询匹配 \(matched) 个，其余已是这样）："]
        for item in changes.prefix(10) {
            lines.append("  [\(item.id)] \(item.title)：\(item.before.changeText(to: item.after))")
        }
        if changes.count > 10 { lines.append("  …另有 \(changes.count - 10) 个") }
        lines.append("确定修改吗？[y/N] ")
        return lines.joined(separator: "\n")
    }
}
