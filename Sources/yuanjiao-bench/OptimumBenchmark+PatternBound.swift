import Foundation

/// The second reference of `optimum` (issue 20, scope 4): `Benchmarks/plan-bound.py`'s column-generation bound,
/// whose sessions hold whole courses. HiGHS' relaxation of the (course, session) model lets a session hold part of
/// a course, so its proven bounds stay minutes below every answer; this one is usually within seconds of the
/// optimum, so a planner month that meets it is a proven optimum rather than an unknown distance from one.
extension OptimumBenchmark {
    /// Each instance's pattern bound (and the integer answer found over the same patterns), cached per instance in
    /// `work/optimum-patterns.json`; nil for every instance when `--pattern-bound no`.
    func patternBounds(_ instances: [Instance], work: String, root: String) throws -> [Optimum?] {
        guard options.string("pattern-bound", default: "yes") != "no" else { return instances.map { _ in nil } }
        let limit = options.string("pattern-time-limit", default: "60")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // The bound depends on the instance alone; the time limit only matters when it stops the search early,
        // which the answer's status and figures show, so it is not part of the key.
        let keys = try instances.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let cache = work + "/optimum-patterns.json"
        var solved = (try? JSONDecoder().decode([String: Optimum].self, from: Data(contentsOf: URL(fileURLWithPath: cache)))) ?? [:]
        let missing = instances.indices.filter { solved[keys[$0]] == nil }
        // The solver's own answers may all be cached or known (`--known`), so scipy need not be installed: without
        // it the benchmark goes on with the other two bounds and says so.
        if !missing.isEmpty, (try? BenchSupport.shell("python3 -c 'import numpy, scipy' 2>/dev/null")) == nil {
            print("未装 python3-numpy / python3-scipy：不求列生成下界（--pattern-bound no 不再提示）")
            return keys.map { solved[$0] }
        }
        if !missing.isEmpty {
            print("用列生成（scipy/HiGHS）求 \(missing.count) 个站点月的整课下界（每个最多 \(limit) 秒）…")
            let answers = try Self.runScript(
                root + "/Benchmarks/plan-bound.py", missing.map { instances[$0] }, input: work + "/optimum-patterns-instances.json",
                limit: limit)
            for (n, answer) in zip(missing, answers) { solved[keys[n]] = answer }
            try JSONEncoder().encode(solved).write(to: URL(fileURLWithPath: cache))
        }
        return keys.map { solved[$0] }
    }
}

extension OptimumBenchmark {
    /// One of the Python references run over `instances` (written to `input`), one answer per instance.
    static func runScript(_ script: String, _ instances: [Instance], input: String, limit: String) throws -> [Optimum] {
        try JSONEncoder().encode(instances).write(to: URL(fileURLWithPath: input))
        let output = try BenchSupport.shell("python3 '\(script)' '\(input)' \(limit)")
        guard let answers = try? JSONDecoder().decode([Optimum].self, from: Data(output.utf8)) else {
            let name = URL(fileURLWithPath: script).lastPathComponent
            throw BenchFailure(message: "\(name) 的输出不是预期的 JSON（前 300 个字符）：\(output.prefix(300))")
        }
        return answers
    }

    /// Whether the column-generation bound proves more than `ShortfallBound` anywhere: where it never does, the
    /// planner's gap to the bound is the integrality of fills and quotas to the second, not a weak bound.
    func printPatternBoundSummary(_ patterns: [Optimum?], exact: [Double]) {
        let pairs = zip(patterns, exact).compactMap { pattern, exact in pattern?.lower.map { ($0, exact) } }
        guard !pairs.isEmpty else { return }
        let above = pairs.filter { $0.0 > $0.1 + 0.01 }
        let most = above.map { $0.0 - $0.1 }.max() ?? 0
        print(String(format: "列生成（整课）下界高于本基准精确下界：%d / %d（最多高 %.1f 分钟）", above.count, pairs.count, most))
    }
}

extension OptimumBenchmark.Optimum {
    /// The better of two references' answers: the lower idle + deviation, and the higher proven bound.
    func combined(with other: Self?) -> Self {
        guard let other else { return self }
        var result = self
        result.lower = max(lower ?? 0, other.lower ?? 0)
        if let idle = other.idle, let deviation = other.deviation,
           idle + deviation < (self.idle ?? .infinity) + (self.deviation ?? .infinity) {
            (result.idle, result.deviation) = (idle, deviation)
            result.status = other.status
        }
        if let idle = result.idle, let deviation = result.deviation, let lower = result.lower,
           idle + deviation <= lower + 0.01 {
            result.status = "optimal"
        }
        return result
    }
}
