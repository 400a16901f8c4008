/// ISO weekday: 1 = Monday … 7 = Sunday.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Accepts English names (`saturday`, `Sat`) and Chinese ones (`星期六`, `周六`, `礼拜六`, `星期日`, `周天`).
    public init(parsing text: String) throws(PlannerValueError) {
        let key = text.trimmingWhitespace().lowercased()
        if let match = Weekday.allCases.first(where: { $0.englishName == key || $0.englishName.prefix(3) == key }) {
            self = match
            return
        }
        for prefix in ["星期", "周", "礼拜"] where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if let index = ["一", "二", "三", "四", "五", "六"].firstIndex(of: String(rest)) {
                self = Weekday(rawValue: index + 1) ?? .monday
                return
            }
            if rest == "日" || rest == "天" {
                self = .sunday
                return
            }
        }
        throw PlannerValueError(input: text, message: "不认识的星期，请写 monday … sunday（或 星期一 … 星期日）")
    }

    /// `saturday`, the station file's spelling.
    public var englishName: String {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][rawValue - 1]
    }

    /// `星期六`.
    public var chineseName: String { "星期" + ["一", "二", "三", "四", "五", "六", "日"][rawValue - 1] }

    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public var description: String { englishName }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
