import Catalogue
import Foundation

extension Workspace {
    /// The stored plans of a month for these stations, in their order: what the console's month page and
    /// API, `storedPlan` and the bundles read. Stations without a plan are left out; a damaged plan is an error.
    public func storedMonth(_ month: YearMonth, stationIDs: [String]) throws -> MonthPlan {
        MonthPlan(month: month, stations: try storedPlans(month, stationIDs: stationIDs).compactMap { try $0?.get() })
    }

    /// The one read of a month's stored plans, for `check`, `report` and everything above: one query, each
    /// document decoded once (`PlanDecoding`), in the order of `stationIDs`; nil where a station has no
    /// plan, the decoding error where its document is damaged (a report goes on with the other stations).
    func storedPlans(_ month: YearMonth, stationIDs: [String]) throws -> [Result<StationPlan, any Error>?] {
        PlanDecoding.decode(try catalogue.storedPlans(month: month.description, stations: stationIDs), stationIDs: stationIDs)
    }
}
