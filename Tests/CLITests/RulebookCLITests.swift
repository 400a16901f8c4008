import Foundation
import Testing

/// Issue 20's small contract fixes through the binaries: `plan --cascade --json` prints every month it planned,
/// `yuanjiao-bench NAME --help` prints help instead of running the benchmark, and a benchmark's bad input is an error
/// message and exit 1.
@Suite("plan --cascade --json, yuanjiao-bench --help and errors")
struct RulebookCLITests {
    @Test("plan --cascade --json: an array, the asked month first, then each month re-planned")
    func cascadeJSON() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        for month in ["2026-11", "2026-12"] {
            let result = try cli.run(["plan", "--stations", PlanCLITests.stations, "--month", month])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let result = try cli.run(["plan", "--stations", PlanCLITests.stations, "--month", "2026-11", "--cascade", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let months = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(months.map { $0["month"] as? String } == ["2026-11", "2026-12"])
        let single = try cli.json(["plan", "--stations", PlanCLITests.stations, "--month", "2026-11", "--json"])
        #expect(single["month"] as? String == "2026-11")
        // What was re-planned checks clean.
        let check = try cli.json(["check", "--stations", PlanCLITests.stations, "--month", "2026-12", "--json"])
        #expect((check["violations"] as? [Any])?.isEmpty == true, "\(check)")
    }

    @Test("yuanjiao-bench plan --help prints help and runs nothing")
    func benchHelp() throws {
        let bench = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("yuanjiao-bench")
        try #require(FileManager.default.isExecutableFile(atPath: bench.path))
        let folder = FileManager.default.temporaryDirectory
        for name in ["plan", "optimum", "report"] {
            let result = try CLIRunner.execute(bench.path, [name, "--help"], in: folder, environment: [:])
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("用法：swift run -c release yuanjiao-bench \(name)"), "\(result.stdout)")
        }
        let all = try CLIRunner.execute(bench.path, ["--help"], in: folder, environment: [:])
        #expect(all.stdout.contains("optimum") && all.stdout.contains("plan "), "\(all.stdout)")
    }

    @Test("yuanjiao-bench optimum refuses another set's known answers, names the instance, exits 1")
    func benchRefusesAnotherSetsAnswers() throws {
        let bench = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("yuanjiao-bench")
        try #require(FileManager.default.isExecutableFile(atPath: bench.path))
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("optimum-known-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        // The awkward set's answers given to the original set: its #2 answer is below that instance's own bound.
        let result = try CLIRunner.execute(bench.path, [
            "optimum", "--instances", "2", "--known", root.path + "/Benchmarks/optimum-awkward-known.json",
            "--work", work.path, "--pattern-bound", "no", "--repeats", "1",
        ], in: FileManager.default.temporaryDirectory, environment: [:])
        #expect(result.status == 1)
        #expect(result.stderr.contains("optimum-awkward-known.json：实例 #2") && result.stderr.contains("不是这一组实例的答案"),
                "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr)")
    }
}
