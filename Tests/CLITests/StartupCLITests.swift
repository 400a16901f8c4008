import Foundation
import Testing

@Suite("start-up: what a command loads")
struct StartupCLITests {
    @Test("commands that do not probe never load libavformat; index does")
    func libavformatOnlyWhenProbing() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        // The loader's trace goes to files (LD_DEBUG_OUTPUT.PID): on standard error it would fill the pipe.
        func loaded(_ arguments: [String]) throws -> String {
            let prefix = cli.directory.appendingPathComponent("trace-\(UUID().uuidString)").path
            let result = try cli.run(arguments, environment: ["LD_DEBUG": "libs", "LD_DEBUG_OUTPUT": prefix])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let folder = cli.directory.path
            return try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { (folder + "/" + $0).hasPrefix(prefix) }
                .map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
                .joined()
        }
        #expect(try loaded(["index", CLIRunner.samples]).contains("libavformat.so"))
        for arguments in [["show", "1"], ["search", "法律"], ["review"], ["--version"]] {
            #expect(try !loaded(arguments).contains("libavformat.so"), "\(arguments) loaded libavformat")
        }
    }

    @Test("search reads the precompiled pinyin table; one older than its text is not used, and a warning says so")
    func precompiledPinyinTable() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let data = cli.directory.appendingPathComponent("data")
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("Catalog"), to: data)
        let environment = ["YUANJIAO_DATA": data.path]
        #expect(try cli.run(["index", CLIRunner.samples], environment: environment).status == 0)
        let current = try cli.run(["search", "falv", "--json"], environment: environment)
        #expect(current.status == 0, "\(current.stderr)")
        #expect(!current.stderr.contains("pinyin-readings.bin"), "\(current.stderr)")

        let text = data.appendingPathComponent("pinyin-readings.txt")
        let edited = try String(contentsOf: text, encoding: .utf8) + "# 本地补充\n"
        try edited.write(to: text, atomically: true, encoding: .utf8)
        let stale = try cli.run(["search", "falv", "--json"], environment: environment)
        #expect(stale.status == 0, "\(stale.stderr)")
        #expect(stale.stdout == current.stdout)
        #expect(stale.stderr.contains("pinyin-readings.bin") && stale.stderr.contains("不一致"), "\(stale.stderr)")
    }
}
