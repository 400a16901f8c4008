import Catalogue
import Dispatch
import Foundation
import Planner

/// A month's stored plan documents decoded once each, spread over the machine's cores: decoding the JSON is
/// most of a county report's time (60,000 plans for a year of 5,000 stations). Pure; the order of the
/// stations and the error a broken document gives are those of decoding them one by one.
enum PlanDecoding {
    /// The decoded plan (or the decoding error) of each of `stationIDs`, in their order; nil where none is stored.
    static func decode(_ plans: [String: StoredPlan], stationIDs: [String]) -> [Result<StationPlan, any Error>?] {
        let documents = stationIDs.map { plans[$0]?.document }
        var results = [Result<StationPlan, any Error>?](repeating: nil, count: documents.count)
        let chunk = 64
        let chunks = (documents.count + chunk - 1) / chunk
        results.withUnsafeMutableBufferPointer { buffer in
            let output = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                let decoder = JSONDecoder()
                for position in index * chunk..<min(documents.count, (index + 1) * chunk) {
                    guard let document = documents[position] else { continue }
                    output.buffer[position] = Result { try decoder.decode(StationPlan.self, from: document) }
                }
            }
        }
        return results
    }

    /// Each chunk writes only its own positions, so the shared buffer needs no lock.
    private struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result<StationPlan, any Error>?>
    }
}
