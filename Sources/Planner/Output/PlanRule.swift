/// Stable English ids of the rules a plan obeys; the `rule` of a check violation and of a planner warning.
public enum PlanRule: String, Sendable, Hashable, Codable, CaseIterable {
    case schoolHours = "school-hours"
    case openHours = "open-hours"
    case avoidDate = "avoid-date"
    case studyDays = "study-days"
    /// Study days at least 7 days apart (a preference: only ever a warning).
    case studyDaySpread = "study-day-spread"
    case weeklyMinutes = "weekly-minutes"
    case openDay = "open-day"
    case `repeat` = "repeat"
    case overrun = "overrun"
    /// Two sessions of one day overlap, or a session lies outside the month.
    case sessionTime = "session-time"
    /// Not enough courses for a topic or a session (a warning only).
    case courses = "courses"
    /// A study or weekly session filled below `check`'s fill ratio (content check).
    case fill = "fill"
    /// A topic's minutes outside its share of the month by more than `check` tolerates (content check).
    case topicShare = "topic-share"
    /// An item whose course changed or vanished in the catalogue, or whose file is gone (content check).
    case catalogue = "catalogue"
    /// Episodes of a series out of order or skipped (content check).
    case seriesOrder = "series-order"
    /// Re-planning a month changed what a later stored month relies on (a warning only).
    case laterMonths = "later-months"
    /// A 快乐园 (children's activities) rule: school time, rooms, groups, birthdays, rhythm, films.
    case children = "children"
    /// Any rule this version does not know (a warning decoded from older text).
    case other = "other"

    /// `每周学习时长`: how warnings and violations name the rule in Chinese.
    public var chineseName: String {
        switch self {
        case .schoolHours: return "避开上课时间"
        case .openHours: return "开放时间"
        case .avoidDate: return "回避日期"
        case .studyDays: return "每月集中学习日"
        case .studyDaySpread: return "集中学习日间隔"
        case .weeklyMinutes: return "每周学习时长"
        case .openDay: return "每周开放日"
        case .repeat: return "课程不重复"
        case .overrun: return "节目不超时"
        case .sessionTime: return "场次时间"
        case .courses: return "课程资源"
        case .fill: return "场次填充"
        case .topicShare: return "主题比例"
        case .catalogue: return "与目录一致"
        case .seriesOrder: return "系列顺序"
        case .laterMonths: return "后续月份"
        case .children: return "快乐园活动"
        case .other: return "其他"
        }
    }
}
