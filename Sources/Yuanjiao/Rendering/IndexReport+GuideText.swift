import Catalogue

extension IndexReport {
    /// How many examples of each kind of guide warning the summary shows; `--json` keeps them all.
    static let examplesPerKind = 3

    /// One line per kind of guide warning with its count, then its first few; then the unreadable guides.
    var guideSummaryLines: [String] {
        var lines: [String] = []
        if !guideWarnings.isEmpty {
            lines.append("节目单提示（共 \(guideWarnings.count) 条\(guideWarnings.count > Self.examplesPerKind ? "，--json 列出全部" : "")）：")
            var kinds: [String] = []
            for note in guideWarnings where !kinds.contains(note.kind) { kinds.append(note.kind) }
            for kind in kinds {
                let notes = guideWarnings.filter { $0.kind == kind }
                lines.append("  ! \(Self.label(ofWarningKind: kind))：\(notes.count) 条")
                for note in notes.prefix(Self.examplesPerKind) {
                    lines.append("      \(note.path):\(note.line): \(note.message)")
                }
                if notes.count > Self.examplesPerKind { lines.append("      ……另有 \(notes.count - Self.examplesPerKind) 条") }
            }
        }
        if !guides.isEmpty {
            lines.append("未能导入的节目单：")
            lines += guides.map { "  ✗ \($0.error)" }
        }
        return lines
    }

    private static func label(ofWarningKind kind: String) -> String {
        switch kind {
        case "skipped": "跳过的节目或频道"
        case "stop-next-day": "结束时间按次日计算"
        case "zone-assumed": "没有写时区的时间"
        case "encoding": "编码按猜测读取"
        case "ignored": "忽略的数值"
        case "conflict": "同一频道同一时间的冲突条目"
        case "xml": "XML 警告"
        default: "其他"
        }
    }
}
