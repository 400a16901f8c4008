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
}
