extension BundleReport {
    /// The lines `plan --out` prints after the plans: where the bundles went, then each warning and failure.
    public var text: [String] {
        var lines: [String] = []
        if !folders.isEmpty {
            lines.append("下发包已写入 \(folders.count) 个文件夹：\(folders.prefix(5).map(\.path).joined(separator: "、"))\(folders.count > 5 ? " 等" : "")")
        }
        if linked + copied > 0 { lines.append("课件：硬链接 \(linked) 个，复制 \(copied) 个。") }
        for warning in warnings {
            switch warning.kind {
            case .tooLarge:
                lines.append("提示：站点 \(warning.station ?? "") 的下发包连同课件共 \(Self.gigabytes(warning.bytes))，超过 --max-size，一个U盘装不下。")
            case .fat32FileLimit:
                lines.append("提示：课件 \(warning.path ?? "") 有 \(Self.gigabytes(warning.bytes))，FAT32 格式的U盘放不下 4 GB 以上的文件，请用 exFAT 或 NTFS 格式。")
            case .coursewareMissing:
                lines.append("提示：课件 \(warning.path ?? "") 不在本机磁盘上，没有复制，也没有记录整个文件的校验值。")
            }
        }
        for failure in failures {
            lines.append("错误：站点 \(failure.station) 的下发包没有写成（旧的下发包保持不变）：\(failure.reason)")
        }
        return lines
    }

    private static func gigabytes(_ bytes: Int64) -> String {
        String(format: "%.1f GB", Double(bytes) / 1_000_000_000)
    }
}
