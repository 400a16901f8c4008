public import Foundation

/// How a warning names a programme to a librarian: channel, title and local time, never tag names or raw
/// XMLTV times: `CCTV-1「晚间新闻」（2026-08-17 23:58）`.
public enum ProgrammeLabel {
    static func describe(channel: String?, titles: [LocalizedText], start: Date?, zone: TimeZone) -> String {
        var label = channel.map { "频道 \($0) 的节目" } ?? "节目"
        label += titles.preferred().map { "「\($0)」" } ?? "（无标题）"
        if let start { label += "（\(localTime(start, zone: zone))）" }
        return label
    }

    /// `2026-08-17 23:58` in the guide's zone.
    public static func localTime(_ date: Date, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// `北京时间` for Asia/Shanghai, else `Europe/London时间`.
    static func zoneName(_ zone: TimeZone) -> String {
        zone.identifier == "Asia/Shanghai" || zone.identifier == "Asia/Chongqing" ? "北京时间" : "\(zone.identifier)时间"
    }
}
