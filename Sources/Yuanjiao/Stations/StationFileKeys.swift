/// The keys a station file may use, by place (DESIGN.md "Station file").
enum StationFileKeys {
    static let topLevel = ["county", "timezone", "calendar", "defaults", "stations"]
    /// Allowed in `defaults` and in every station.
    static let rules = [
        "school_hours", "terms", "open_hours", "study_days_per_month", "weekly_minutes", "session_minutes",
        "open_day", "topics", "no_repeat_months", "script", "avoid_dates", "audiences", "targets",
        "materials_per_study_day",
    ]
    /// Inside `targets:` (see `MonitoringRatio.targetKey`).
    static let targets = MonitoringRatio.allCases.map(\.targetKey)
    /// Allowed only in a station.
    static let stationOnly = ["id", "name", "school", "mode", "room", "members", "computers", "children"]
    static let station = stationOnly + rules
    static let openHours = ["school_day", "other_day"]

    /// `不认识的键 school_hour，是不是要写 school_hours？`, else the keys allowed there.
    static func unknownKeyMessage(_ key: String, allowed: [String], place: String) -> String {
        if let suggestion = KeySuggestion.closest(to: key, in: allowed) {
            return "不认识的键 \(key)，是不是要写 \(suggestion)？"
        }
        return "不认识的键 \(key)，\(place)可用的键：\(allowed.joined(separator: "、"))"
    }
}
