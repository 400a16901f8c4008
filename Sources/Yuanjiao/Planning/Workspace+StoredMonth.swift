import Catalogue
import Foundation

extension Workspace {
    /// The stored plans of a month for these stations, in their order, decoded in one query: what the
    /// console's month page and API, `storedPlan` and the bundles read. Stations without a plan are left out.
    public func storedMonth(_ month: YearMonth, stationIDs: [String]) throws -> MonthPlan {
        let stored = try catalogue.storedPlans(month: month.description, stations: stationIDs)
        let plans = try stationIDs.compactMap { id -> StationPlan? in
            try stored[id].map { try JSONDecoder().decode(StationPlan.self, from: $0.document) }
        }
        return MonthPlan(month: month, stations: plans)
    }
}
