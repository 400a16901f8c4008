import Catalogue
import Planner

extension Workspace {
    /// The stored session spans of the months before and after `month` for each station: cut weeks are planned
    /// and checked whole against them. Read from the session table, not the plan documents (no JSON decoding).
    func neighbours(of stations: [Station], month: YearMonth) throws -> [String: NeighbourPlans] {
        var cache: [YearMonth: [String: StationPlan]] = [:]
        return try neighbours(of: stations, month: month, cache: &cache)
    }

    /// As above, reusing the months already read in `cache` (a year report reads each month once, not twice).
    func neighbours(
        of stations: [Station], month: YearMonth, cache: inout [YearMonth: [String: StationPlan]]
    ) throws -> [String: NeighbourPlans] {
        let ids = stations.map(\.id)
        var dates: [String: LocalDate] = [:]
        func plans(_ other: YearMonth) throws -> [String: StationPlan] {
            if let known = cache[other] { return known }
            let read: [String: StationPlan] = try catalogue.storedSessions(month: other.description, stations: ids).reduce(into: [:]) { result, entry in
                let sessions = entry.value.compactMap { stored -> PlannedSession? in
                    let date = dates[stored.date] ?? (try? LocalDate(parsing: stored.date))
                    dates[stored.date] = date
                    guard let date, let start = try? TimeOfDay(parsing: stored.start), let end = try? TimeOfDay(parsing: stored.end),
                        let kind = SessionKind(rawValue: stored.kind)
                    else { return nil }
                    return PlannedSession(date: date, start: start, end: end, kind: kind)
                }
                result[entry.key] = StationPlan(id: entry.key, sessions: sessions, warnings: [])
            }
            cache[other] = read
            return read
        }
        let previous = try plans(month.adding(months: -1))
        let next = try plans(month.adding(months: 1))
        var result: [String: NeighbourPlans] = [:]
        for id in ids where previous[id] != nil || next[id] != nil {
            result[id] = NeighbourPlans(previous: previous[id], next: next[id])
        }
        return result
    }
}
