public import Catalogue

extension IndexReport {
    /// The summary a librarian reads after a scan.
    public var summaryText: String {
        var lines = ["新增 \(added)，更新 \(updated)，未变 \(unchanged)，移动 \(moved)，缺失 \(missing)，失败 \(failed.count)"]
        if programmes > 0 || linked > 0 {
            lines.append("节目单条目 \(programmes)，已关联录像 \(linked)")
        }
        lines += guideSummaryLines
        if !failed.isEmpty {
            lines.append("未能登记的文件：")
            for failure in failed {
                lines.append("  ✗ \(failure.path)：\(failure.error)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension IndexProgress {
    /// One status line for a terminal; the caller redraws it in place.
    public var statusLine: String {
        switch phase {
        case .scanning:
            return "正在扫描文件夹…"
        case .finishing:
            return "正在检查缺失文件…"
        case .probing:
            let rate = Int(filesPerSecond.rounded())
            let name = currentPath.map { ($0 as NSString).lastPathComponent } ?? ""
            return "正在读取 \(done)/\(total) · 每秒 \(rate) 个 · \(name)"
        }
    }
}

import Foundation
