import Catalogue
public import Planner

extension Workspace {
    /// `plan --cascade`: re-plans, oldest first, every month after `month` that holds a stored plan for these
    /// stations (all the file's stations when none are named), so later months rest on the new plan again.
    public func replanLaterMonths(_ context: PlanningContext, after month: YearMonth, stationIDs: [String] = []) throws -> [MonthPlan] {
        let stations = try stations(context, ids: stationIDs)
        let later = try catalogue.plannedMonths().compactMap { try? YearMonth(parsing: $0) }.filter { $0 > month }
        var plans: [MonthPlan] = []
        for next in later {
            let stored = try catalogue.storedPlans(month: next.description, stations: stations.map(\.id))
            let ids = stations.map(\.id).filter { stored[$0] != nil }
            guard !ids.isEmpty else { continue }
            plans.append(try plan(context, month: next, stationIDs: ids))
        }
        return plans
    }
}
