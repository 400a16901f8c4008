/// Collects a station's warnings in the order rules were relaxed, each naming station, week and rule.
struct WarningLog {
    let stationLabel: String
    let month: YearMonth
    let weekLabels: [String]
    private(set) var warnings: [PlanWarning] = []

    init(station: Station, month: YearMonth, weekLabels: [String]) {
        self.stationLabel = station.label
        self.month = month
        self.weekLabels = weekLabels
    }

    /// `week` is 1-based; nil for a month-wide warning.
    mutating func add(_ rule: PlanRule, week: Int?, _ detail: String) {
        let when = week.flatMap { weekLabels.indices.contains($0 - 1) ? weekLabels[$0 - 1] : nil } ?? month.chineseName
        warnings.append(
            PlanWarning(rule: rule, week: week, text: "\(stationLabel) \(when)：\(rule.chineseName)（\(rule.rawValue)）——\(detail)"))
    }
}
