extension TagImportReport {
    public var text: String {
        var lines = problems.map(\.description)
        let result = self.result
        let verb = result.applied ? "已修改" : "将修改"
        var summary = "\(path)：读取 \(rowCount) 行，匹配 \(result.matchedRows) 行"
        if !result.unmatchedLines.isEmpty {
            summary += "，\(result.unmatchedLines.count) 行在本目录中找不到对应课件（第 \(Self.lineList(result.unmatchedLines)) 行）"
        }
        if !problems.isEmpty { summary += "，\(problems.count) 行有误" }
        lines.append(summary)
        if dryRun || result.applied {
            for change in result.changes.prefix(dryRun ? result.changes.count : 20) {
                lines.append("  [\(change.id)] \(change.title)：\(change.before.changeText(to: change.after))")
            }
            if !dryRun, result.changes.count > 20 { lines.append("  …另有 \(result.changes.count - 20) 个") }
        }
        if dryRun {
            lines.append("试运行：\(verb) \(result.changes.count) 个资源，未写入。去掉 --dry-run 即可导入。")
        } else if result.applied, let change = result.change {
            lines.append("\(verb) \(result.changes.count) 个资源，记为变更 #\(change)；撤销：yuanjiao undo \(change)")
        } else if strict && hasProblems {
            lines.append("严格模式（--strict）：有错误的行，全部未导入。改正后重新导入，或去掉 --strict 只导入正确的行。")
        } else {
            lines.append("没有需要修改的资源。")
        }
        return lines.joined(separator: "\n")
    }

    private static func lineList(_ lines: [Int]) -> String {
        let shown = lines.prefix(10).map(String.init).joined(separator: "、")
        return lines.count > 10 ? shown + " 等" : shown
    }
}
