/// Collects a station's warnings in the order rules were relaxed, each naming station, week and rule.
struct WarningLog {
    let stationLabel: String
    let stationID: String
    let month: YearMonth
    /// The Monday of each week, by week number − 1.
    let weekMondays: [LocalDate]
    let weekLabels: [String]
    private(set) var warnings: [PlanWarning] = []

    init(station: Station, month: YearMonth, weekLabels: [String], weekMondays: [LocalDate] = []) {
        self.stationLabel = station.label
        self.stationID = station.id
        self.weekMondays = weekMondays
        self.month = month
        self.weekLabels = weekLabels
    }

    /// `week` is 1-based; nil for a month-wide warning.
    mutating func add(_ rule: PlanRule, week: Int?, date: LocalDate? = nil, _ detail: String) {
        let when = week.flatMap { weekLabels.indices.contains($0 - 1) ? weekLabels[$0 - 1] : nil } ?? month.chineseName
        let monday = week.flatMap { weekMondays.indices.contains($0 - 1) ? weekMondays[$0 - 1] : nil }
        warnings.append(
            PlanWarning(
                rule: rule, week: week, text: "\(stationLabel) \(when)：\(rule.chineseName)（\(rule.rawValue)）——\(detail)",
                station: stationID, weekStart: monday, date: date, detail: detail))
    }
}
