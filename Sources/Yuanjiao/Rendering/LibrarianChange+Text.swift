public import Catalogue

extension LibrarianChange {
    /// One change: header line, then up to `itemLimit` resources with what changed on each.
    public func text(itemLimit: Int = 10) -> String {
        let kindName: String
        switch kind {
        case .tag: kindName = "标注"
        case .import: kindName = "导入"
        case .undo: kindName = "撤销"
        }
        var header = "#\(id)　\(ReviewQueue.day(at))　\(by)　\(kindName) \(resources) 个资源　\(summary)"
        if let undoneBy { header += "　（已由 #\(undoneBy) 撤销）" }
        var lines = [header]
        for item in items.prefix(itemLimit) {
            lines.append("    [\(item.resource)] \(item.title ?? "（资源已不在目录中）")：\(item.before.changeText(to: item.after))")
        }
        let hidden = resources - min(items.count, itemLimit)
        if hidden > 0 { lines.append("    …另有 \(hidden) 个资源（yuanjiao history --change \(id) 查看全部）") }
        return lines.joined(separator: "\n")
    }

    public static func text(_ changes: [LibrarianChange], resource: Int64?, itemLimit: Int = 10) -> String {
        guard !changes.isEmpty else {
            return resource.map { "资源 \($0) 还没有馆员修改记录。" } ?? "还没有馆员修改记录。"
        }
        let title = resource.map { "资源 \($0) 的修改记录（最新的在前）：" } ?? "馆员修改记录（最新的在前）："
        return ([title] + changes.map { $0.text(itemLimit: itemLimit) }).joined(separator: "\n")
    }
}
