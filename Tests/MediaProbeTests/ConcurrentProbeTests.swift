import Foundation
import MediaProbe
import Testing

/// The indexer probes on every core at once: results must not depend on what else is running.
@Suite struct ConcurrentProbeTests {
    @Test func manyTasksProbeEverySampleAtOnce() async throws {
        let files = SampleFiles.all()
        #expect(files.count == ExpectedSample.all.count + ExpectedSample.broken.count)
        let sequential = files.map(Self.outcome)

        let rounds = 8
        let results = await withTaskGroup(of: (Int, [Outcome]).self) { group in
            for round in 0..<rounds {
                group.addTask {
                    // Each task walks the list from a different place, so the same file is open in several.
                    let order = Array(files.indices.dropFirst(round)) + Array(files.indices.prefix(round))
                    var outcomes = [Outcome?](repeating: nil, count: files.count)
                    for index in order {
                        outcomes[index] = Self.outcome(files[index])
                    }
                    return (round, outcomes.compactMap { $0 })
                }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(results.count == rounds)
        for (_, outcomes) in results {
            #expect(outcomes == sequential)
        }
        #expect(sequential.filter { if case .failure = $0 { true } else { false } }.count == ExpectedSample.broken.count)
    }

    enum Outcome: Hashable, Sendable {
        case success(MediaInfo)
        case failure(ProbeError)
    }

    static func outcome(_ url: URL) -> Outcome {
        do {
            return .success(try MediaProbe.probe(url))
        } catch {
            return .failure(error)
        }
    }
}
