import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("commands running at the same time on one catalogue")
struct ConcurrentRunsCLITests {
    /// Starts the binary without waiting; standard output and error go to files (pipes could fill up).
    private func start(_ arguments: [String], in cli: CLIRunner, name: String) throws -> (Process, URL) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = cli.directory
        var environment = ProcessInfo.processInfo.environment
        environment["YUANJIAO_CATALOG"] = cli.catalog
        process.environment = environment
        let errors = cli.directory.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        return (process, errors)
    }

    @Test("two index runs on a new catalogue: the second waits for the first and both complete", arguments: 0..<3)
    func indexPairs(round: Int) throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let first = try start(["index", CLIRunner.samples], in: cli, name: "a")
        let second = try start(["index", CLIRunner.samples], in: cli, name: "b")
        for (process, errors) in [first, second] {
            process.waitUntilExit()
            let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "\(text)")
            for raw in ["UNIQUE", "already exists", "locked", "SQLite"] { #expect(!text.contains(raw), "\(text)") }
        }
        let search = try cli.run(["search", "法律", "--json"])
        #expect(search.status == 0, "\(search.stderr)")
    }

    @Test("the waiting run says so: 另一个登记任务正在进行，等待中…")
    func waitingMessage() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        #expect(try cli.run(["index", CLIRunner.samples]).status == 0)
        // Hold the indexing lock as another run would.
        let holder = open(cli.catalog + ".lock", O_RDWR | O_CREAT, 0o644)
        #expect(flock(holder, LOCK_EX) == 0)
        let waiting = try start(["index", CLIRunner.samples], in: cli, name: "w")
        var said = ""
        ProcessPolling.until(every: 0.05) {
            said = (try? String(contentsOf: waiting.1, encoding: .utf8)) ?? ""
            return said.contains("等待中")
        }
        #expect(said.contains("另一个登记任务正在进行，等待中…"))
        #expect(waiting.0.isRunning)
        flock(holder, LOCK_UN)
        close(holder)
        waiting.0.waitUntilExit()
        #expect(waiting.0.terminationStatus == 0)
    }

    @Test("a bounded mixed loop of index, tag, plan and search: zero failures")
    func mixedLoop() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let stations = CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path
        #expect(try cli.run(["index", CLIRunner.samples]).status == 0)
        let commands: [[String]] = [
            ["index", CLIRunner.samples], ["tag", "1", "--tag", "并发"], ["plan", "--stations", stations, "--month", "2026-12"],
            ["search", "法律"], ["show", "2"], ["review"], ["tag", "2", "--untag", "并发"], ["history"],
        ]
        let deadline = Date().addingTimeInterval(25)
        var round = 0
        while Date() < deadline, round < 4 {
            let running = try commands.enumerated().map { index, arguments in
                (arguments, try start(arguments, in: cli, name: "r\(round)-\(index)"))
            }
            for (arguments, (process, errors)) in running {
                process.waitUntilExit()
                let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
                #expect(process.terminationStatus == 0, "\(arguments): \(text)")
            }
            round += 1
        }
    }
}
