import Foundation
import Notices
public import Planner

/// The 快乐园 notices of `yuanjiao notice --format children-…` and of the station bundle.
public enum ChildrenNoticeFormat: String, Sendable, Hashable, CaseIterable {
    /// The poster (`快乐园.html`).
    case childrenHTML = "children-html"
    /// The loudspeaker text, first names only (`快乐园广播稿.txt`).
    case childrenText = "children-text"
    /// The plain-text 亲情视频 schedule for parents (`亲情视频时间表.txt`).
    case familyVideo = "family-video"
    /// The children's sign-in sheets (`快乐园签到表.html`).
    case childrenSignin = "children-signin"

    public var bundleFileName: String {
        switch self {
        case .childrenHTML: "快乐园.html"
        case .childrenText: "快乐园广播稿.txt"
        case .familyVideo: "亲情视频时间表.txt"
        case .childrenSignin: "快乐园签到表.html"
        }
    }
}

extension Workspace {
    /// One 快乐园 notice of the station's stored month; the children's names come from the station file's roster.
    public func childrenNotice(stationFile: StationFile, stationID: String, month: YearMonth, format: ChildrenNoticeFormat) throws -> String {
        let input = try noticeInput(stationFile: stationFile, stationID: stationID, month: month)
        guard input.station.children != nil else {
            throw YuanjiaoError(.usage, "站点 \(input.station.label) 没有快乐园活动：在站点文件 \(stationFile.path) 中为它写 children:（参见 Samples/stations.yaml 的 qingshi）")
        }
        return try Self.renderChildrenNotice(input, format: format)
    }

    /// Written in simplified characters, then converted like the other notices when the station's `script` is
    /// `traditional` (快乐园 → 快樂園, 签到表 → 簽到表); the `lang` of the HTML already follows the script.
    static func renderChildrenNotice(_ input: NoticeInput, format: ChildrenNoticeFormat) throws -> String {
        let notices = ChildrenNotices(input)
        let simplified = switch format {
        case .childrenHTML: notices.posterHTML()
        case .childrenText: notices.loudspeakerText()
        case .familyVideo: notices.familyVideoSchedule()
        case .childrenSignin: notices.signInHTML()
        }
        return try input.station.script.render(simplified)
    }
}
