import Catalogue
import Foundation
import Planner

extension Workspace {
    /// The stored plans of the months before and after `month` for each station: cut weeks are planned and
    /// checked whole against them.
    func neighbours(of stations: [Station], month: YearMonth) throws -> [String: NeighbourPlans] {
        let ids = stations.map(\.id)
        let decoder = JSONDecoder()
        func plans(_ other: YearMonth) throws -> [String: StationPlan] {
            try catalogue.storedPlans(month: other.description, stations: ids).compactMapValues {
                try? decoder.decode(StationPlan.self, from: $0.document)
            }
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
