/// A row of a sign-in sheet that was not recorded as a member's attendance, and why.
public struct AttendanceProblem: Sendable, Hashable, Codable, Error {
    public enum Kind: String, Sendable, Hashable, Codable {
        case unreadable, badRecord = "bad-record", noTable = "no-table", noStation = "no-station", noDate = "no-date"
        case unknownStation = "unknown-station", notOnList = "not-on-list"
        /// The 非成员群众 count is not a number.
        case badVisitors = "bad-visitors"
        /// No stored plan of the station has a session that day (a date off the month, far past or future).
        case noSession = "no-session"
        /// A 快乐园 sheet dated a day without a children's session in the station's stored plan.
        case noChildrenSession = "no-children-session"
    }

    public var file: String
    public var line: Int
    public var kind: Kind
    public var detail: String

    public init(file: String, line: Int, kind: Kind, detail: String) {
        self.file = file
        self.line = line
        self.kind = kind
        self.detail = detail
    }

    /// "file:line: what is wrong, and what to do".
    public var text: String {
        let place = sheetPlace(file: file, line: line)
        let what: String
        switch kind {
        case .unreadable: what = "无法读取：\(detail)"
        case .badRecord: what = detail
        case .noTable: what = "没有找到签到表的表头（序号,姓名,身份,小组,签名,到达时间）：请按签到表的格式导出"
        case .noStation: what = "“\(detail)”这一行不知道是哪个站点：表上方要有“站点”一栏，或表中有“站点”列"
        case .noDate: what = "“\(detail)”这一行不知道是哪一天：表上方要有“日期”一栏（如 2026年12月5日），或表中有“日期”列"
        case .unknownStation: what = "站点“\(detail)”不在站点文件中：请写站点编号或站点名称"
        case .badVisitors: what = "非成员群众人数“\(detail)”不是数字：请填人数，例如 5"
        case .noSession: what = "站点计划中 \(detail) 这一天没有学习场次（日期写错，或不在已排的月份内），这一行没有导入：请核对日期"
        case .noChildrenSession: what = "站点计划中 \(detail) 这一天没有快乐园活动（日期写错，或不在已排的月份内），这一行没有导入：请核对日期"
        case .notOnList: what = "“\(detail)”不在该站点的成员名单中：已计为非成员群众；如是成员，请先加入名单再导入"
        }
        return "\(place): \(what)"
    }
}
