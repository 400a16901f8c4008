import Planner

extension Workspace {
    /// The 快乐园 findings of stored plans, as `check` violations of rule `children` (declared shortfalls are
    /// not findings: the children's checker accepts exactly what the plan declared).
    static func childrenViolations(
        _ plans: [StationPlan], stations: [Station], month: YearMonth, calendar: HolidayCalendar,
        histories: [String: StationHistory]
    ) -> [PlanViolation] {
        let checker = ChildrenChecker(month: month, calendar: calendar)
        return plans.flatMap { plan -> [PlanViolation] in
            guard let children = plan.children, let station = stations.first(where: { $0.id == plan.id }) else { return [] }
            return checker.check(station: station, adults: plan.sessions, children: children, history: histories[plan.id] ?? .empty)
                .map { PlanViolation(station: plan.id, date: $0.date, rule: .children, detail: $0.detail) }
        }
    }
}
