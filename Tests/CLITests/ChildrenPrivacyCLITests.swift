import Foundation
import Testing

/// Minors' data stays local (issue 24), run as a user runs it: the children's sample station planned with a second
/// station, bundles written for both, a filled 快乐园 sheet imported; then every county-side output (plan --json,
/// report in all formats, export-tags, every log line) is searched for the roster's names and birth dates. Only
/// the children's station's own bundle carries them.
@Suite struct ChildrenPrivacyCLITests {
    static let sample = CLIRunner.repository.appendingPathComponent("Samples/stations-children.yaml")
    static let roster = CLIRunner.repository.appendingPathComponent("Samples/children/qingshi.csv")

    /// Name and birth date of every child on the sample roster (姓名,出生日期,年级).
    static func secrets() throws -> [String] {
        let lines = try String(contentsOf: roster, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        return lines.flatMap { line -> [String] in
            let cells = line.split(separator: ",").map(String.init)
            return Array(cells.prefix(2))
        }
    }

    static func leaks(_ text: String, _ secrets: [String]) -> [String] {
        secrets.filter { text.contains($0) }
    }

    @Test func countyOutputsNeverCarryAChildsNameOrBirthDate() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        let secrets = try Self.secrets()
        try #require(secrets.count >= 4 && secrets.contains("王小明"))
        let stations = cli.directory.appendingPathComponent("stations.yaml")
        let text = try String(contentsOf: Self.sample, encoding: .utf8)
            .replacingOccurrences(of: "roster: children/qingshi.csv", with: "roster: \(Self.roster.path)")
            + "  - id: dongping\n    name: 东坪村远教站点\n    mode: 2\n    room: 远程教育室\n"
        try Data(text.utf8).write(to: stations)
        var outputs: [(what: String, text: String)] = []
        func run(_ arguments: [String]) throws -> CLIRunner.Result {
            let result = try cli.run(arguments)
            outputs.append((arguments.joined(separator: " "), result.stdout + result.stderr))
            return result
        }

        let out = cli.directory.appendingPathComponent("下发")
        let plan = try run(["plan", "--stations", stations.path, "--month", "2026-12", "--out", out.path])
        try #require(plan.status == 0, "\(plan.stderr)")
        let json = try run(["plan", "--stations", stations.path, "--month", "2026-12", "--json"])
        #expect(json.status == 0 && json.stdout.contains("\"children\""))

        // A filled 快乐园 sheet for the first children's class, imported at the county office.
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let qingshi = try #require((document["stations"] as? [[String: Any]])?.first { $0["id"] as? String == "qingshi" })
        let sessions = try #require((qingshi["children"] as? [String: Any])?["sessions"] as? [[String: Any]])
        let session = try #require(sessions.first { $0["kind"] as? String == "children-class" })
        let date = try #require(session["date"] as? String)
        let sheet = cli.directory.appendingPathComponent("快乐园签到.csv")
        try Data([",快乐园签到表", "站点,清石村远教站点,地点,电脑室", "日期,\(date),时间,", "活动,\(session["title"] as? String ?? "")",
                  "序号,孩子姓名,签到", "1,王小明,√", "2,李红,李红"].joined(separator: "\r\n").utf8).write(to: sheet)
        let imported = try run(["attendance", "import", sheet.path, "--stations", stations.path])
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        #expect(imported.stdout.contains("孩子签到 2 人次"), "\(imported.stdout)")

        for format in ["text", "html", "csv", "json"] {
            let report = try run(["report", "--stations", stations.path, "--month", "2026-12", "--format", format])
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout.contains("快乐园") || report.stdout.contains("childSignIns"), "\(format): \(report.stdout)")
        }
        let tags = cli.directory.appendingPathComponent("tags.csv")
        #expect(try run(["export-tags", tags.path, "--all"]).status == 0)
        outputs.append(("export-tags file", try String(contentsOf: tags, encoding: .utf8)))

        for output in outputs {
            #expect(Self.leaks(output.text, secrets).isEmpty, "\(output.what) carries \(Self.leaks(output.text, secrets))")
        }
        // The other station's bundle carries nothing of them; the children's station's own notices do.
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path)
        var ownNotices = ""
        for file in files {
            let url = out.appendingPathComponent(file)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  let content = try? String(contentsOf: url, encoding: .utf8) else { continue }
            if file.hasPrefix("qingshi/"), file.contains("快乐园") { ownNotices += content; continue }
            if file.hasPrefix("qingshi/"), !file.hasSuffix(".json") { continue }
            #expect(Self.leaks(content, secrets).isEmpty, "\(file) carries \(Self.leaks(content, secrets))")
        }
        #expect(files.contains { $0.hasPrefix("dongping/") })
        #expect(ownNotices.contains("王小明"))
    }
}
