import Foundation

/// Runs the built `yuanjiao` binary as a user would and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let samples = repository.appendingPathComponent("Samples/courseware").path

    /// The binary sits beside the test bundle in the build products folder.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("yuanjiao")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repository.appendingPathComponent(".build/debug/yuanjiao")
    }()

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    var catalog: String { directory.appendingPathComponent("catalog.sqlite").path }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    func run(_ arguments: [String], launcher: [String] = [], environment overrides: [String: String] = [:]) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["YUANJIAO_CATALOG"] = catalog
        environment.merge(overrides) { _, new in new }
        let command = launcher.isEmpty ? [Self.binary.path] + arguments : launcher + [Self.binary.path] + arguments
        return try Self.execute(command[0], Array(command.dropFirst()), in: directory, environment: environment)
    }

    /// Runs any program to completion and captures what it prints.
    static func execute(_ executable: String, _ arguments: [String], in folder: URL, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return object as? [String: Any] ?? [:]
    }
}
