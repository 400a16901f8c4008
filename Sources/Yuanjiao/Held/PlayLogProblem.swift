/// A line of a play log that was not stored, and why. Decisions are data: the kind and the values;
/// the Chinese sentence is made at the edge (`text`).
public struct PlayLogProblem: Sendable, Hashable, Codable, Error {
    public enum Kind: String, Sendable, Hashable, Codable {
        case unreadable, badHeader = "bad-header", badRecord = "bad-record", badTime = "bad-time"
        case endBeforeStart = "end-before-start", otherStation = "other-station", outsideMonth = "outside-month"
        case overlap, unknownFile = "unknown-file", missingField = "missing-field"
        /// The file was found but its content is no catalogued course, though its name is one.
        case otherContent = "other-content"
        /// The station has no stored plan for the month: an id not in the station file, or a month far off.
        case notPlanned = "not-planned"
        /// The log came back inside another station's bundle.
        case otherBundle = "other-bundle"
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
        case .badHeader: what = "第一行应为表头 start,end,file,station（或 开始,结束,文件,站点）：\(detail)"
        case .badRecord: what = detail
        case .missingField: what = "缺少\(detail)：每行要有开始、结束、文件和站点"
        case .badTime: what = "时间“\(detail)”看不懂：应写成 2026-12-05 19:30 或 2026-12-05 19:30:00"
        case .endBeforeStart: what = "结束时间早于开始时间（\(detail)）：请核对这一行"
        case .otherStation: what = "站点“\(detail)”与本文件的站点不同：每个站点的播放记录要分开导入"
        case .outsideMonth: what = "时间 \(detail) 不在本文件的月份内：请放到对应月份的 playlog 文件"
        case .overlap: what = "与 \(detail) 的记录时间重叠：同一时间只能播放一个文件，请核对"
        case .otherContent: what = "文件“\(detail)”与目录中的同名课件内容不同（内容指纹不符），不算作计划中的课件：请核对是否放错了文件；新课件请先用 yuanjiao index 收录"
        case .notPlanned:
            let parts = detail.split(separator: "|", maxSplits: 1).map(String.init)
            what = "站点“\(parts.first ?? detail)”在 \(parts.last ?? "") 没有保存的计划（站点编号不在站点文件中，或日期远离已排的月份），整个文件没有导入：请核对站点编号和日期"
        case .otherBundle:
            let parts = detail.split(separator: "|", maxSplits: 1).map(String.init)
            what = "播放记录写的站点是“\(parts.first ?? detail)”，所在下发包却属于站点“\(parts.last ?? "")”，整个文件没有导入：请核对是否拷错了站点的文件"
        case .unknownFile: what = "文件“\(detail)”不在目录中：请先用 yuanjiao index 收录，或核对文件名"
        }
        return "\(place): \(what)"
    }
}
