import Foundation
import Testing

/// The README's command table against the source of truth, ArgumentParser's own description of the
/// commands (`--experimental-dump-help`): every command and flag `--help` shows is in the table, and
/// every command and flag the table names exists.
@Suite("README command table ↔ --help")
struct ReadmeCommandTableTests {
    struct Command: Sendable {
        var path: [String]
        var flags: Set<String>
    }

    /// Options every command takes, documented once below the table.
    static let global: Set<String> = ["catalog", "help", "version"]

    static func commands() throws -> [Command] {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let dump = try cli.run(["--experimental-dump-help"])
        #expect(dump.status == 0, "\(dump.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var found: [Command] = []
        func walk(_ command: [String: Any], path: [String]) {
            let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["commandName"] as? String != "help" }
            let arguments = command["arguments"] as? [[String: Any]] ?? []
            let flags = arguments.filter { $0["shouldDisplay"] as? Bool ?? true }.flatMap { argument in
                (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }.compactMap { $0["name"] as? String }
            }
            if subcommands.isEmpty, !path.isEmpty { found.append(Command(path: path, flags: Set(flags).subtracting(global))) }
            for sub in subcommands { walk(sub, path: path + [sub["commandName"] as? String ?? ""]) }
        }
        walk(try #require(root["command"] as? [String: Any]), path: [])
        return found
    }

    /// The rows of the table under 「## 命令 · Commands」.
    static func tableRows() throws -> [String] {
        let readme = try String(contentsOf: CLIRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## 命令 · Commands").dropFirst().first)
        return section.split(separator: "\n").prefix { !$0.hasPrefix("#") }.filter { $0.hasPrefix("| `yuanjiao") }.map(String.init)
    }

    static func flags(in text: String) -> Set<String> {
        Set(text.matches(of: /--([a-z][a-z-]*)/).map { String($0.output.1) })
    }

    @Test("every command and flag of --help is in the README's table, and the table names no other")
    func tableMatchesHelp() throws {
        let commands = try Self.commands()
        let rows = try Self.tableRows()
        #expect(commands.count > 20)
        for command in commands {
            let top = command.path[0]
            let candidates = rows.filter { $0.contains("`yuanjiao \(top)") && (command.path.count == 1 || $0.contains(command.path[1])) }
            #expect(!candidates.isEmpty, "「yuanjiao \(command.path.joined(separator: " "))」 has no row in the README's command table")
            let documented = Self.flags(in: candidates.joined())
            for flag in command.flags.sorted() where !documented.contains(flag) {
                Issue.record("「yuanjiao \(command.path.joined(separator: " ")) --\(flag)」 is in --help but not in the README's command table")
            }
        }
        let tops = Set(commands.map { $0.path[0] })
        for row in rows {
            let named = Set(row.matches(of: /`yuanjiao ([a-z][a-z-]*)/).map { String($0.output.1) })
            for name in named.sorted() where !tops.contains(name) {
                Issue.record("the README's table names 「yuanjiao \(name)」, which --help does not know")
            }
            let known = commands.filter { named.contains($0.path[0]) }.reduce(into: Self.global) { $0.formUnion($1.flags) }
            for flag in Self.flags(in: row).sorted() where !known.contains(flag) {
                Issue.record("the README's table shows --\(flag) for \(named.sorted()), which --help does not know")
            }
        }
    }
}
