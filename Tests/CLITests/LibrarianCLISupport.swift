import Foundation

/// Runs the built binary for the librarian tests: standard input from a pipe (never a terminal, as in
/// a script or cron job), or through `script` on a pseudo-terminal, as a person at a terminal would.
struct LibrarianCLI {
    let cli: CLIRunner

    init() throws {
        cli = try CLIRunner()
    }

    var directory: URL { cli.directory }
    var catalog: String { cli.catalog }

    func remove() { cli.remove() }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @discardableResult
    func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.environment = self.environment(environment)
        process.currentDirectoryURL = directory
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// On a pseudo-terminal (util-linux `script`), typing `input`; stdout and stderr arrive merged.
    func runInTerminal(_ arguments: [String], input: String) throws -> CLIRunner.Result {
        let command = ([CLIRunner.binary.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        return try run([], input: input, launcher: ["/usr/bin/script", "-qec", command, "/dev/null"])
    }

    private func run(_ arguments: [String], input: String, launcher: [String]) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher[0])
        process.arguments = Array(launcher.dropFirst()) + arguments
        process.environment = environment([:])
        process.currentDirectoryURL = directory
        let stdin = Pipe(), out = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = out
        try process.run()
        // Answer once the program has asked (or has ended without asking), as a person would.
        var data = Data()
        while !String(decoding: data, as: UTF8.self).contains("[y/N]") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        data.append(out.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        try? stdin.fileHandleForWriting.close()
        return CLIRunner.Result(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments)
        guard result.status == 0 else { throw CLIFailure(message: "\(arguments): \(result.status) \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// Indexes copies of the samples (so tests may move or delete them) with their guide.
    func indexSamples(into folder: String = "courseware") throws {
        let target = directory.appendingPathComponent(folder)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLIRunner.samples), to: target)
        let guide = CLIRunner.repository.appendingPathComponent("Samples/guides/sample-guide.xml").path
        let result = try run(["index", target.path, "--guide", guide])
        guard result.status == 0 else { throw CLIFailure(message: "index: \(result.stderr)") }
    }

    /// The id of the resource whose path ends with `name`, through `search --json`.
    func id(_ query: String, pathSuffix: String) throws -> Int {
        let results = try json(["search", query, "--json", "--limit", "50"])["results"] as? [[String: Any]] ?? []
        guard let id = results.first(where: { ($0["path"] as? String)?.hasSuffix(pathSuffix) == true })?["id"] as? Int else {
            throw CLIFailure(message: "没有找到 \(pathSuffix)")
        }
        return id
    }

    private func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["YUANJIAO_CATALOG"] = catalog
        environment["USER"] = "测试馆员"
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct CLIFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
