/// Every planned station's month; encodes to the `plan --json` shape of DESIGN.md:
/// `{"month":"YYYY-MM","stations":[{"id":S,"sessions":[…],"warnings":[S]}]}`.
public struct MonthPlan: Sendable, Hashable, Codable {
    public var month: YearMonth
    public var stations: [StationPlan]

    public init(month: YearMonth, stations: [StationPlan]) {
        self.month = month
        self.stations = stations
    }
}

/// One station's month: sessions in date and time order, and the rules that had to be relaxed.
public struct StationPlan: Sendable, Hashable, Codable {
    public var id: String
    public var sessions: [PlannedSession]
    public var warnings: [PlanWarning]

    public init(id: String, sessions: [PlannedSession], warnings: [PlanWarning]) {
        self.id = id
        self.sessions = sessions
        self.warnings = warnings
    }
}
