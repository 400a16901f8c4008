import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("yuanjiao users and serve")
struct UsersCLITests {
    /// Runs the binary with `input` on its standard input, through the shell.
    static func piped(_ input: String) -> [String] {
        ["/bin/sh", "-c", "printf '%s\\n' \"$YJ_INPUT\" | \"$0\" \"$@\""]
    }

    @Test("add, list, passwd and remove accounts; every mistake is a Chinese message and exit 2")
    func accounts() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let input = ["YJ_INPUT": "long-enough-password"]
        let added = try cli.run(["users", "add", "县远程办", "--role", "admin", "--password-stdin"], launcher: Self.piped(""), environment: input)
        #expect(added.status == 0)
        #expect(added.stdout.contains("已添加账号「县远程办」"))
        let station = try cli.run(
            ["users", "add", "王老师", "--role", "station", "--station", "shuangqiao", "--password-stdin"], launcher: Self.piped(""), environment: input)
        #expect(station.status == 0)
        let list = try cli.json(["users", "list", "--json"])
        let accounts = list["accounts"] as? [[String: Any]] ?? []
        #expect(accounts.map { $0["name"] as? String } == ["县远程办", "王老师"])
        #expect(accounts.last?["station"] as? String == "shuangqiao")
        #expect(!(try cli.run(["users", "list"]).stdout.contains("$2")), "hashes never leave the catalogue")

        let duplicate = try cli.run(["users", "add", "县远程办", "--role", "admin", "--password-stdin"], launcher: Self.piped(""), environment: input)
        #expect(duplicate.status == 2)
        #expect(duplicate.stderr.contains("已有名为「县远程办」的账号"))
        let noStation = try cli.run(["users", "add", "李", "--role", "station", "--password-stdin"], launcher: Self.piped(""), environment: input)
        #expect(noStation.status == 2)
        #expect(noStation.stderr.contains("--station"))
        let badRole = try cli.run(["users", "add", "李", "--role", "boss", "--password-stdin"], launcher: Self.piped(""), environment: input)
        #expect(badRole.status == 2)
        #expect(badRole.stderr.contains("角色「boss」不存在"))
        let short = try cli.run(["users", "add", "李", "--role", "librarian", "--password-stdin"], launcher: Self.piped(""), environment: ["YJ_INPUT": "short"])
        #expect(short.status == 2)
        #expect(short.stderr.contains("至少要 8 个字符"))
        let noTerminal = try cli.run(["users", "add", "李", "--role", "librarian"])
        #expect(noTerminal.status == 2)
        #expect(noTerminal.stderr.contains("--password-stdin"))

        #expect(try cli.run(["users", "passwd", "王老师", "--password-stdin"], launcher: Self.piped(""), environment: ["YJ_INPUT": "another-password"]).status == 0)
        let unknown = try cli.run(["users", "passwd", "nobody", "--password-stdin"], launcher: Self.piped(""), environment: input)
        #expect(unknown.status == 2)
        #expect(try cli.run(["users", "remove", "王老师"]).status == 0)
        #expect(try cli.run(["users", "remove", "王老师"]).status == 2)
        #expect((try cli.json(["users", "list", "--json"])["accounts"] as? [Any])?.count == 1)
    }

    @Test("users list never creates a catalogue")
    func listReadsOnly() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["users", "list"])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: cli.catalog))
    }

    @Test("serve refuses a missing station file with exit 2")
    func serveBadInput() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["serve", "--stations", "nowhere.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nowhere.yaml：找不到站点文件"))
        let badPort = try cli.run(["serve", "--stations", "nowhere.yaml", "--port", "70000"])
        #expect(badPort.status == 2)
    }

    @Test("serve answers on loopback, warns with no accounts, and stops cleanly on SIGTERM", arguments: [false, true])
    func serveRunsAndStops(watching: Bool) async throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let port = 20000 + Int.random(in: 0..<20000)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--stations", CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path, "--port", "\(port)"]
            + (watching ? ["--watch", CLIRunner.samples] : [])
        var environment = ProcessInfo.processInfo.environment
        environment["YUANJIAO_CATALOG"] = cli.catalog
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var status = 0
        _ = try await ProcessPolling.until(timeout: 10) {
            guard let (_, response) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/login")!) else { return false }
            status = (response as? HTTPURLResponse)?.statusCode ?? 0
            return true
        }
        #expect(status == 200)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains("还没有任何账号"))
    }
}
