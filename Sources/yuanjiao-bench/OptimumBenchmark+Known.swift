import Foundation

/// The references kept in the repository (`Benchmarks/optimum-*-known.json`, by instance number), so a fresh clone
/// shows the same table without hours of HiGHS: the solver's answers, the better months its proofs found and the
/// bounds they proved, as `--save-known` wrote them on the machine that solved them.
extension OptimumBenchmark {
    /// `--known FILE`: its answers stand in for a solver run on every instance the cache (`keys`) lacks, and are
    /// cached too, so a build without `--known` (the baseline) finds them and does not call the solver. A file of
    /// another set of instances is refused: no answer may be below the bound this benchmark proves on its own.
    func loadKnown(into solved: inout [String: Optimum], keys: [String], bounds: [Double], cache: String) throws {
        guard let known = options.values["known"] else { return }
        let answers = try JSONDecoder().decode([String: Optimum].self, from: Data(contentsOf: URL(fileURLWithPath: known)))
        for n in bounds.indices {
            guard let answer = answers["\(n + 1)"] else { continue }
            let bound = bounds[n]
            if let idle = answer.idle, let deviation = answer.deviation, idle + deviation < bound - 0.05 {
                let figures = String(format: "%.1f 分钟）低于本基准可证的下界（%.1f 分钟", idle + deviation, bound)
                throw BenchFailure(message: "\(known)：实例 #\(n + 1) 的答案（\(figures)），这不是这一组实例的答案："
                    + "--shape awkward 配 Benchmarks/optimum-awkward-known.json，原来的一组配 Benchmarks/optimum-known.json")
            }
            if solved[keys[n]] == nil { solved[keys[n]] = answer }
        }
        try JSONEncoder().encode(solved).write(to: URL(fileURLWithPath: cache))
    }

    /// `--save-known FILE`: each instance's references as the table used them (solver, pattern bound, proofs
    /// combined), by instance number; the seconds they took are left out, as they are this machine's.
    func saveKnown(_ optima: [Optimum]) throws {
        guard let path = options.values["save-known"] else { return }
        var answers: [String: Optimum] = [:]
        for (n, optimum) in optima.enumerated() {
            var kept = optimum
            kept.seconds = nil
            answers["\(n + 1)"] = kept
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(answers).write(to: URL(fileURLWithPath: path))
        print("参考答案已写入 \(path)（\(answers.count) 个实例）")
    }
}
