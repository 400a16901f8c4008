/// A station id names the station's bundle folder, on the office's Linux disk and on a station's FAT32
/// stick or Windows PC; the station file reader and `plan --out` refuse one that cannot be a folder name.
public enum StationIDRule {
    /// Long enough for any real village, short enough for deep Windows paths.
    public static let maximumLength = 64

    /// Why `id` cannot name a folder, in Chinese; nil when it can.
    public static func problem(_ id: String) -> String? {
        if id.isEmpty { return "编号为空" }
        if id.count > maximumLength { return "编号有 \(id.count) 个字符，最多 \(maximumLength) 个" }
        if id.hasPrefix(".") || id.hasPrefix("-") { return "编号不能以 . 或 - 开头" }
        if id.contains("/") || id.contains("\0") { return "编号不能含 /" }
        if !PortableName.isPortable(id) { return "编号含 Windows 或U盘文件夹名不允许的字符或保留名（如 con、nul、com1）" }
        return nil
    }
}
