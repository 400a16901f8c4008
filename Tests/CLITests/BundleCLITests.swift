import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `plan --out` and `verify` on the sample county, run as a user runs them: the output is checked before
/// anything is planned, a killed run is finished by the next, and verify tells a stale bundle at the office.
@Suite("yuanjiao plan --out / verify, run as a user runs them")
struct BundleCLITests {
    static let stations = PlanCLITests.stations

    private func storedPlans(_ cli: CLIRunner) throws -> Int {
        try DatabaseQueue(path: cli.catalog).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM stationPlan") ?? 0 }
    }

    @Test("an output path that is a file is refused before planning; nothing is stored")
    func outputCheckedBeforePlanning() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        let file = cli.directory.appendingPathComponent("下发")
        try Data("not a folder".utf8).write(to: file)
        let result = try cli.run(["plan", "--stations", Self.stations, "--month", "2026-12", "--out", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("是一个文件，不是文件夹"), "\(result.stderr)")
        #expect(try storedPlans(cli) == 0)
        let layout = try cli.run(["plan", "--stations", Self.stations, "--month", "2026-12", "--out", "x", "--layout", "nearby"])
        #expect(layout.status == 2 && layout.stderr.contains("--layout 只能是 beside 或 inside"))
    }

    @Test("bundles with courseware verify in full; a newer stored plan makes them stale")
    func verifyAtTheOffice() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        let out = cli.directory.appendingPathComponent("下发").path
        let plan = try cli.run(["plan", "--stations", Self.stations, "--month", "2026-12", "--out", out, "--with-courseware"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("下发包已写入 7 个文件夹"))
        let bundle = out + "/shuangqiao"
        let clean = try cli.run(["verify", bundle, "--full"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("个课件（逐字节）"))

        // Another plan stored for the month (an extra avoided date), the bundle not rewritten.
        let changed = cli.directory.appendingPathComponent("stations.yaml")
        let text = try String(contentsOfFile: Self.stations, encoding: .utf8)
            .replacingOccurrences(of: "avoid_dates: [\"2026-12-12\"]", with: "avoid_dates: [\"2026-12-12\", \"2026-12-05\", \"2026-12-06\"]")
        try Data(text.utf8).write(to: changed)
        #expect(try cli.run(["plan", "--stations", changed.path, "--month", "2026-12", "--station", "shuangqiao"]).status == 0)
        let stale = try cli.run(["verify", bundle])
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("过期"), "\(stale.stdout)")
        // At the station there is no catalogue: the bundle is whole and passes.
        let offline = try cli.run(["verify", bundle], environment: ["YUANJIAO_CATALOG": cli.directory.appendingPathComponent("none.sqlite").path])
        #expect(offline.status == 0, "\(offline.stdout)")
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("none.sqlite").path))
    }

    @Test("a run killed while writing bundles is finished by the next; no temporary folders remain")
    func killDuringBundleWritingThenRerun() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        let out = cli.directory.appendingPathComponent("下发")
        let arguments = ["plan", "--stations", Self.stations, "--month", "2026-12", "--out", out.path, "--with-courseware"]
        #expect(try cli.run(arguments).status == 0)
        // What a kill between writing and renaming leaves: a half-written temporary folder, a bundle missing.
        try FileManager.default.createDirectory(at: out.appendingPathComponent(".yuanjiao-tmp-shuangqiao-dead"), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: out.appendingPathComponent(".yuanjiao-tmp-shuangqiao-dead/notice.txt"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("longhe"))
        // And real kills at a few moments of a run.
        for delay in [0.2, 0.6, 1.0] {
            let process = Process()
            process.executableURL = CLIRunner.binary
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["YUANJIAO_CATALOG": cli.catalog]) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Killed `delay` seconds in, unless it has finished by then.
            ProcessPolling.until(timeout: delay, every: 0.01) { !process.isRunning }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let rerun = try cli.run(arguments)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!names.contains { $0.hasPrefix(".yuanjiao-tmp-") }, "\(names)")
        #expect(names.filter { !$0.hasPrefix(".") }.count == 8)  // 7 stations and 课件
        for station in names where !station.hasPrefix(".") && station != "课件" {
            let verify = try cli.run(["verify", out.appendingPathComponent(station).path])
            #expect(verify.status == 0, "\(station): \(verify.stdout)")
        }
    }
}
