/// Every planned station's month; encodes to the `plan --json` shape of DESIGN.md:
/// `{"month":"YYYY-MM","stations":[{"id":S,"sessions":[…],"warnings":[S],"warningData":[{…}]}]}`.
public struct MonthPlan: Sendable, Hashable, Codable {
    public var month: YearMonth
    public var stations: [StationPlan]

    public init(month: YearMonth, stations: [StationPlan]) {
        self.month = month
        self.stations = stations
    }
}

/// One station's month: sessions in date and time order, and the rules that had to be relaxed.
public struct StationPlan: Sendable, Hashable {
    public var id: String
    public var sessions: [PlannedSession]
    public var warnings: [PlanWarning]
    /// The 快乐园 sessions placed around the adults' (`"children"` in JSON, absent when the station runs none).
    public var children: ChildrenPlan?

    public init(id: String, sessions: [PlannedSession], warnings: [PlanWarning], children: ChildrenPlan? = nil) {
        self.id = id
        self.sessions = sessions
        self.warnings = warnings
        self.children = children
    }
}

extension StationPlan: Codable {
    enum CodingKeys: String, CodingKey { case id, sessions, warnings, warningData, children }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let texts = try c.decode([PlanWarning].self, forKey: .warnings)
        let data = try c.decodeIfPresent([PlanWarningData].self, forKey: .warningData)
        self.init(
            id: try c.decode(String.self, forKey: .id), sessions: try c.decode([PlannedSession].self, forKey: .sessions),
            warnings: data.map { $0.map(\.warning) } ?? texts,
            children: try c.decodeIfPresent(ChildrenPlan.self, forKey: .children))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(sessions, forKey: .sessions)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(warnings.map(PlanWarningData.init), forKey: .warningData)
        try c.encodeIfPresent(children, forKey: .children)
    }
}
