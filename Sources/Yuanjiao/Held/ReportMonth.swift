import Catalogue
import Foundation
import Notices
import Planner

/// One month of the county report: what was read for it, and each station's row, ratios and members' month,
/// worked out station by station across the cores (each stored plan decoded once, shared by the rule judgement,
/// the ratios and the members' table). Pure.
struct ReportMonth: Sendable {
    var month: YearMonth
    var stations: [Station]
    var plans: [String: StoredPlan]
    var plays: [String: [PlayMatcher.Play]]
    var signIns: [String: [AttendanceRecord]]
    var reflections: [String: [ReflectionRecord]]
    var members: [String: [Member]]
    var checker: PlanChecker
    var neighbours: [String: NeighbourPlans]

    struct StationResult: Sendable {
        var row: CountyReport.StationMonth
        var ratios: StationRatios
        /// The station's members over this month (attended, sessions), summed into the year's table.
        var members: [AttendanceRates.MemberRate]
    }

    /// Each station's result in the order of `stations`; a plan document that cannot be decoded is that
    /// station's error (the caller throws the first, as decoding one by one would).
    func results() -> [Result<StationResult, any Error>] {
        ConcurrentMap.map(count: stations.count) { position in
            Result { try result(for: stations[position]) }
        }.map { $0 ?? .failure(CancellationError()) }
    }

    private func result(for station: Station) throws -> StationResult {
        let plan = try plans[station.id].map { try StationPlan(heldJudgementDocument: $0.document) }
        let plays = plays[station.id] ?? []
        let signIns = signIns[station.id] ?? []
        let list = members[station.id] ?? []
        let attendance = AttendanceRates(records: signIns, members: [station.id: list])
        var row = StationMonthBuilder.build(
            station: station, month: month, plan: plan, plays: plays, attendance: attendance, checker: checker,
            neighbours: neighbours[station.id] ?? .none)
        let ratios = RatioCalculator.ratios(
            plan: plan, plays: plays, signIns: signIns, reflections: reflections[station.id] ?? [], members: Set(list.map(\.name)))
        row.apply(ratios)
        return StationResult(row: row, ratios: ratios, members: attendance.members)
    }
}
