import Catalogue
import Foundation
import Planner

/// A month's stored plan documents decoded once each, spread over the machine's cores (`ConcurrentMap`):
/// decoding the JSON is most of reading a stored month. The order of the stations and the error a broken
/// document gives are those of decoding them one by one.
enum PlanDecoding {
    /// The decoded plan (or the decoding error) of each of `stationIDs`, in their order; nil where none is stored.
    static func decode(_ plans: [String: StoredPlan], stationIDs: [String]) -> [Result<StationPlan, any Error>?] {
        let documents = stationIDs.map { plans[$0]?.document }
        return ConcurrentMap.map(count: documents.count) { position -> Result<StationPlan, any Error>? in
            guard let document = documents[position] else { return nil }
            return Result { try JSONDecoder().decode(StationPlan.self, from: document) }
        }.map { $0 ?? nil }
    }
}
