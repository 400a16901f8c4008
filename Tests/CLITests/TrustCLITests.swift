import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The catalogue and the bundle side as a user meets them on the command line: `--catalog` naming a
/// folder, FIFO or device; a catalogue only half made; two first `index` runs; `verify` at the office.
@Suite struct TrustCLITests {
    enum Special: String, CaseIterable {
        case folder, fifo, device
    }

    static func path(_ special: Special, in cli: CLIRunner) -> String {
        switch special {
        case .folder:
            let path = cli.directory.appendingPathComponent("目录").path
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            return path
        case .fifo:
            let path = cli.directory.appendingPathComponent("pipe.sqlite").path
            _ = mkfifo(path, 0o600)
            return path
        case .device:
            return "/dev/zero"
        }
    }

    @Test(arguments: Special.allCases, [["search", "法律"], ["index", "."], ["review"]])
    func aSpecialFileAsCatalogueIsExitTwoAtOnce(special: Special, command: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let path = Self.path(special, in: cli)
        let result = try cli.run(command + ["--catalog", path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("不是远教目录文件"), "\(result.stderr)")
    }

    @Test func twoFirstIndexRunsBothSucceed() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let environment = ProcessInfo.processInfo.environment.merging(["YUANJIAO_CATALOG": cli.catalog]) { _, new in new }
        let runs = (0..<2).map { _ -> Process in
            let process = Process()
            process.executableURL = CLIRunner.binary
            process.arguments = ["index", CLIRunner.samples]
            process.environment = environment
            process.currentDirectoryURL = cli.directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for run in runs { try run.run() }
        for run in runs { run.waitUntilExit() }
        #expect(runs.map(\.terminationStatus) == [0, 0])
        #expect(try cli.run(["search", "法律"]).status == 0)
    }

    @Test func verifyOpensTheCatalogueReadOnlyAndLeavesItAsItWas() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        let out = cli.directory.appendingPathComponent("下发").path
        let plan = try cli.run(["plan", "--stations", PlanCLITests.stations, "--month", "2026-12", "--out", out])
        #expect(plan.status == 0, "\(plan.stderr)")
        for companion in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: cli.catalog + companion) }
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.catalog))
        let listing = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).sorted()
        let result = try cli.run(["verify", out + "/shuangqiao"])
        // Its verdict on the bundle is its own business here; what matters is that it opened the catalogue.
        #expect(result.status == 0 || result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("无法打开目录"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.catalog)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).sorted() == listing)
    }
}
