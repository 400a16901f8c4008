/// A row (or the whole file) of a 需求调查 sheet that could not be imported, and why. A file with any
/// problem is imported not at all, so a corrected sheet can simply be imported again.
public struct SurveyProblem: Sendable, Hashable, Codable, Error {
    public enum Kind: String, Sendable, Hashable, Codable {
        case unreadable, badRecord = "bad-record", noHeader = "no-header", unknownStation = "unknown-station"
        case otherStation = "other-station", emptyName = "empty-name", unknownTopic = "unknown-topic", noTopics = "no-topics"
        case badMonth = "bad-month", futureMonth = "future-month"
    }

    public var file: String
    public var line: Int
    public var kind: Kind
    public var detail: String

    /// "file:line: what is wrong, and what to do".
    public var text: String {
        let what: String
        switch kind {
        case .unreadable: what = "无法读取：\(detail)"
        case .badRecord: what = detail
        case .noHeader: what = "没有找到表头：第一行应为“站点,姓名,想学的内容,意见”（或 station,member,topics,comment，可加“月份”列）"
        case .unknownStation: what = "站点“\(detail)”不在站点文件中：请写站点编号或站点名称"
        case .otherStation: what = "这一行是站点“\(detail)”的：这张调查表应只有本站点的答卷，请分开导入"
        case .emptyName: what = "姓名是空的：请填写答卷人的姓名"
        case .unknownTopic: what = "不认识的内容“\(detail)”：请写 Catalog/topics.yaml 中的主题（编号或中文名，用“、”分开）"
        case .noTopics: what = "“想学的内容”是空的：请至少勾选一项，或把意见写在“意见”栏并勾选最接近的主题"
        case .badMonth: what = "月份“\(detail)”看不懂：请写 2026-12 或 2026年12月"
        case .futureMonth: what = "月份 \(detail) 还没到：调查只能记在本月或以前的月份"
        }
        return "\(sheetPlace(file: file, line: line)): \(what)"
    }
}
