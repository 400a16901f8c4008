import Foundation
import Testing

/// The package an office installs: built by Scripts/package-deb.sh, unpacked into a scratch root with
/// `dpkg -x`, and run from a folder that has nothing to do with the repository.
@Suite("the Debian package installs and runs", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg-deb")))
struct DebianPackageTests {
    private func run(_ executable: String, _ arguments: [String], in folder: URL, environment: [String: String]) throws -> CLIRunner.Result {
        try CLIRunner.execute(executable, arguments, in: folder, environment: environment)
    }

    @Test("dpkg -x the package, then index, search falv and plan from an unrelated folder")
    func installAndRun() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-deb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var environment = ProcessInfo.processInfo.environment
        environment["YUANJIAO_DATA"] = nil
        environment["YUANJIAO_CATALOG"] = nil

        let script = CLIRunner.repository.appendingPathComponent("Scripts/package-deb.sh").path
        let built = try run("/bin/bash", [script, "--binary", CLIRunner.binary.path, "--out", scratch.path], in: scratch, environment: environment)
        #expect(built.status == 0, "\(built.stderr)")
        let package = built.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(package.hasSuffix(".deb"))

        let root = scratch.appendingPathComponent("root")
        #expect(try run("/usr/bin/dpkg", ["-x", package, root.path], in: scratch, environment: environment).status == 0)
        let control = try run("/usr/bin/dpkg-deb", ["-f", package, "Depends"], in: scratch, environment: environment)
        #expect(control.stdout.contains("libavformat") && control.stdout.contains("libsqlite3"), "\(control.stdout)")
        for path in ["usr/share/yuanjiao/topics.yaml", "usr/share/yuanjiao/pinyin-readings.txt",
                     "usr/share/yuanjiao/pinyin-readings.bin", "usr/share/man/man1/yuanjiao.1.gz",
                     "usr/share/bash-completion/completions/yuanjiao", "usr/share/zsh/vendor-completions/_yuanjiao"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
        }

        let office = scratch.appendingPathComponent("县远程办")
        try FileManager.default.createDirectory(at: office, withIntermediateDirectories: true)
        let yuanjiao = root.appendingPathComponent("usr/bin/yuanjiao").path
        let version = try run(yuanjiao, ["--version"], in: office, environment: environment)
        #expect(version.stdout.contains("目录结构版本"))
        let indexed = try run(yuanjiao, ["index", CLIRunner.samples], in: office, environment: environment)
        #expect(indexed.status == 0, "\(indexed.stderr)")
        let search = try run(yuanjiao, ["search", "falv", "--json"], in: office, environment: environment)
        #expect(search.status == 0, "\(search.stderr)")
        let total = (try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any])?["total"] as? Int
        #expect((total ?? 0) > 0, "pinyin search needs the packaged readings: \(search.stdout)")
        let stations = CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path
        let plan = try run(yuanjiao, ["plan", "--stations", stations, "--month", "2026-12"], in: office, environment: environment)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(FileManager.default.fileExists(atPath: office.appendingPathComponent("yuanjiao.sqlite").path))
    }
}

@Suite("reference data is found from the program, never silently missing")
struct ReferenceDataCLITests {
    @Test("a copied binary without data, or a wrong YUANJIAO_DATA, is an error naming what is missing; nothing is created")
    func missingData() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let bin = cli.directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("yuanjiao")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)
        var environment = ProcessInfo.processInfo.environment
        environment["YUANJIAO_DATA"] = nil
        environment["YUANJIAO_CATALOG"] = cli.catalog
        let process = Process()
        process.executableURL = copy
        process.arguments = ["index", CLIRunner.samples]
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("找不到参考数据") && message.contains("YUANJIAO_DATA"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: cli.catalog))

        let partial = cli.directory.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CLIRunner.repository.appendingPathComponent("Catalog/topics.yaml"), to: partial.appendingPathComponent("topics.yaml"))
        let result = try cli.run(["search", "falv"], environment: ["YUANJIAO_DATA": partial.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pinyin-readings.txt") && result.stderr.contains("calendars"), "\(result.stderr)")
    }
}
