public import Foundation
public import Notices
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
        return Self.renderChildrenNotice(input, format: format)
    }

    static func renderChildrenNotice(_ input: NoticeInput, format: ChildrenNoticeFormat) -> String {
        let notices = ChildrenNotices(input)
        switch format {
        case .childrenHTML: return notices.posterHTML()
        case .childrenText: return notices.loudspeakerText()
        case .familyVideo: return notices.familyVideoSchedule()
        case .childrenSignin: return notices.signInHTML()
        }
    }
}
