import Foundation
import Testing

@Suite("one front door: flags, errors and output as a user meets them")
struct FrontDoorCLITests {
    /// A catalogue of the samples, indexed once per test.
    private func indexed() throws -> CLIRunner {
        let cli = try CLIRunner()
        let result = try cli.run(["index", CLIRunner.samples])
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    @Test("--version prints the version and the catalogue schema version")
    func version() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("yuanjiao 0."))
        #expect(result.stdout.contains("目录结构版本 v"))
    }

    @Test("--catalog before the subcommand, as git takes -C")
    func catalogBeforeSubcommand() throws {
        let cli = try indexed()
        defer { cli.remove() }
        let elsewhere = ["YUANJIAO_CATALOG": cli.directory.appendingPathComponent("none.sqlite").path]
        let before = try cli.run(["--catalog", cli.catalog, "search", "法律", "--json"], environment: elsewhere)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("\"total\""))
        let equals = try cli.run(["--catalog=\(cli.catalog)", "show", "1"], environment: elsewhere)
        #expect(equals.status == 0, "\(equals.stderr)")
    }

    @Test("a query that starts with '-' is a query, even with an h in it", arguments: ["-诈骗 法律", "-h法律", "-law"])
    func dashQuery(query: String) throws {
        let cli = try indexed()
        defer { cli.remove() }
        let result = try cli.run(["search", query, "--limit", "3"])
        #expect(!result.stdout.contains("用法") && !result.stdout.contains("USAGE"), "\(result.stdout)")
        #expect(!result.stderr.contains("Error") && !result.stderr.contains("Unknown option"), "\(result.stderr)")
        if query == "-诈骗 法律" {
            #expect(result.status == 0)
            #expect(result.stdout.contains("农村土地承包法讲座"))
            #expect(!result.stdout.contains("反电信网络诈骗知识"))
        }
    }

    @Test("search words need no quotes")
    func unquotedWords() throws {
        let cli = try indexed()
        defer { cli.remove() }
        let result = try cli.run(["search", "法律", "-诈骗"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("「法律 -诈骗」"))
    }

    @Test("typed options: a bad --limit or --month is a usage error in Chinese, exit 2",
          arguments: [["review", "--limit", "abc"], ["history", "--limit", "0"], ["search", "法律", "--limit", "x"],
                      ["check", "--stations", "s.yaml", "--month", "2026-13"]])
    func typedOptions(arguments: [String]) throws {
        let cli = try indexed()
        defer { cli.remove() }
        let result = try cli.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("错误："), "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"), "\(result.stderr)")
    }

    @Test("control characters in a media title never reach the terminal raw")
    func controlCharacters() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let folder = cli.directory.appendingPathComponent("media")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: CLIRunner.samples).appendingPathComponent("法律法规/宪法宣传教育.mp3")
        let hostile = folder.appendingPathComponent("宪法\u{1B}]0;pwned\u{07}\u{1B}[2J讲座.mp3")
        try FileManager.default.copyItem(at: source, to: hostile)
        #expect(try cli.run(["index", folder.path]).status == 0)
        for arguments in [["search", "宪法"], ["review"], ["show", "1"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(arguments)")
            #expect(result.stdout.contains("\u{FFFD}"), "\(arguments): \(result.stdout)")
        }
    }

    @Test("errors never show raw decoder, SQLite or NSError text")
    func noRawErrors() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let data = cli.directory.appendingPathComponent("data")
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("Catalog"), to: data)
        try "topics:\n  - id: law\n    labelx: 法律\n".write(
            to: data.appendingPathComponent("topics.yaml"), atomically: true, encoding: .utf8)
        let result = try cli.run(["index", CLIRunner.samples], environment: ["YUANJIAO_DATA": data.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("topics.yaml:2:"), "\(result.stderr)")
        for raw in ["DecodingError", "keyNotFound", "CodingKeys", "NSError", "SQLite error"] {
            #expect(!result.stderr.contains(raw), "\(result.stderr)")
        }
    }
}
