/// One remote-education station (远教站点) as the planner sees it.
public struct Station: Sendable, Hashable {
    /// Stable id from the station file, e.g. `shuangqiao`.
    public var id: String
    /// `双桥村远教站点`.
    public var name: String
    /// The host school, e.g. `双桥村小学`.
    public var school: String
    /// 2 = village primary school (模式二), 3 = township middle school (模式三).
    public var mode: Int
    public var room: String
    /// The script of printed notices.
    public var script: NoticeScript
    public var rules: StationRules
    /// The 快乐园 (`children:` and `computers:`), nil when the station runs none.
    public var children: ChildrenProgramme?

    public init(
        id: String, name: String, school: String = "", mode: Int = 2, room: String = "",
        script: NoticeScript = .simplified, rules: StationRules = .standard, children: ChildrenProgramme? = nil
    ) {
        self.id = id
        self.name = name
        self.school = school
        self.mode = mode
        self.room = room
        self.script = script
        self.rules = rules
        self.children = children
    }

    /// `双桥村远教站点（shuangqiao）`, how warnings and violations name a station.
    public var label: String { name.isEmpty || name == id ? id : "\(name)（\(id)）" }
}

/// `script:` in the station file.
public enum NoticeScript: String, Sendable, Hashable, Codable, CaseIterable {
    case simplified
    case traditional
}
