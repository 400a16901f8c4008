import Foundation

/// The third reference of `optimum` (issue 20, scope 4), asked only where the planner is above every bound: whether
/// any month is better than the planner's. HiGHS gets the lower of the planner's shortfall and the best month known
/// so far, less a second, as its cut-off (`Benchmarks/plan-optimum.py` with `cutoff`); "none" proves that month
/// optimal, so it is the bound, and otherwise the better month it found and the bound it proved are references.
extension OptimumBenchmark {
    /// Every proof of one instance, by cut-off: each stays a reference when the planner changes.
    typealias Proofs = [String: [String: Optimum]]

    /// The proofs' answer for each instance (nil where none was ever asked), cached in `work/optimum-proofs.json`.
    /// `--prove SECONDS` asks where the planner is above the bound, SECONDS each; `--prove-above MINUTES` only
    /// where it is more than that above (default 0). Without `--prove` the cached proofs are still used.
    func proofs(_ instances: [Instance], ours: [(idle: Double, deviation: Double)], references: [Optimum], work: String,
                root: String) throws -> [Optimum?] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let keys = try instances.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let cache = work + "/optimum-proofs.json"
        var proven = (try? JSONDecoder().decode(Proofs.self, from: Data(contentsOf: URL(fileURLWithPath: cache)))) ?? [:]
        func known(_ n: Int) -> Optimum? {
            proven[keys[n]]?.values.reduce(nil) { best, next in best?.combined(with: next) ?? next }
        }
        if let limit = options.values["prove"] {
            let above = Double(options.string("prove-above", default: "0")) ?? 0
            var asked = 0
            for n in instances.indices {
                let reference = references[n].combined(with: known(n))
                let best = min(ours[n].idle + ours[n].deviation, (reference.idle ?? .infinity) + (reference.deviation ?? .infinity))
                let bound = max(reference.lower ?? 0, Self.bound(instances[n]))
                // Idle and deviation are whole seconds, their sum twice the topics' shortfall.
                guard best > bound + max(0.01, above) else { continue }
                var instance = instances[n]
                instance.cutoff = Int((best * 30).rounded()) - 1
                guard let cutoff = instance.cutoff, proven[keys[n]]?["\(cutoff)"] == nil else { continue }
                if asked == 0 { print("用 scipy（HiGHS）找更好的排法或证明没有（每个站点月最多 \(limit) 秒）…") }
                asked += 1
                // One instance at a time, saved as it comes: proofs take minutes, and an interrupted run keeps them.
                guard let answer = try Self.runScript(root + "/Benchmarks/plan-optimum.py", [instance],
                                                      input: work + "/optimum-proof-instance.json", limit: limit).first
                else { continue }
                proven[keys[n], default: [:]]["\(cutoff)"] = answer
                try JSONEncoder().encode(proven).write(to: URL(fileURLWithPath: cache))
                print(String(format: "  #%d：%@（下界 %.1f，%.0f 秒）", n + 1, answer.status, answer.lower ?? 0, answer.seconds ?? 0))
            }
        }
        return instances.indices.map(known)
    }
}
