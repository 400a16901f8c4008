public import Catalogue

extension LibrarianState {
    /// What changed from `self` to `after`, in one line: 主题 +law；标记 +水稻 −春耕；受众 群众→党员.
    public func changeText(to after: LibrarianState) -> String {
        var parts: [String] = []
        let topicChanges = Self.delta(topics, after.topics)
        if !topicChanges.isEmpty { parts.append("主题 " + topicChanges) }
        let newlyRejected = Set(after.rejected).subtracting(rejected).sorted()
        if !newlyRejected.isEmpty { parts.append("不再建议 " + newlyRejected.joined(separator: " ")) }
        let unrejected = Set(rejected).subtracting(after.rejected).subtracting(after.topics).sorted()
        if !unrejected.isEmpty { parts.append("恢复建议 " + unrejected.joined(separator: " ")) }
        let tagChanges = Self.delta(tags, after.tags)
        if !tagChanges.isEmpty { parts.append("标记 " + tagChanges) }
        if audience != after.audience {
            parts.append("受众 \(audience?.label ?? "无")→\(after.audience?.label ?? "无")")
        }
        if series != after.series || episode != after.episode {
            parts.append("系列 \(Self.seriesText(series, episode) ?? "无")→\(Self.seriesText(after.series, after.episode) ?? "无")")
        }
        return parts.isEmpty ? "无变化" : parts.joined(separator: "；")
    }

    /// 「民法典与农民生活」第 2 集, or nil without a series.
    public static func seriesText(_ series: String?, _ episode: Int?) -> String? {
        guard let series else { return nil }
        return "「\(series)」" + (episode.map { "第 \($0) 集" } ?? "（集数未定）")
    }

    private static func delta(_ before: [String], _ after: [String]) -> String {
        let added = Set(after).subtracting(before).sorted().map { "+" + $0 }
        let removed = Set(before).subtracting(after).sorted().map { "−" + $0 }
        return (added + removed).joined(separator: " ")
    }
}
