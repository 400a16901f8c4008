import Foundation
import Testing

@Suite("yuanjiao stations check, run as a user runs it")
struct StationsCLITests {
    private static let sample = CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path

    private static let broken = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: shuangqiao
            school_hour: ["08:00-11:50"]
            open_hours: {school_day: "18:30-17:00"}
          - id: shuangqiao
        """

    private func write(_ text: String, as name: String, in cli: CLIRunner) throws {
        try Data(text.utf8).write(to: cli.directory.appendingPathComponent(name))
    }

    @Test("the sample county: a summary line and one line per station on stdout, exit 0")
    func sample() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["stations", "check", Self.sample])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(Self.sample)：7 个站点，没有发现问题。")
        #expect(lines.count == 8)
        #expect(lines.contains { $0.contains("longhe") && $0.contains("龙河镇远教站点") && $0.contains("模式三") && $0.contains("星期日") })
        #expect(lines.contains { $0.contains("anfu") && $0.contains("每周 150 分钟") })
        #expect(result.stderr.isEmpty)
        // Checking needs Catalog/ only, never a catalogue database.
        #expect(!FileManager.default.fileExists(atPath: cli.catalog))
    }

    @Test("problems go to stderr as file:line:column: message, with the path as given; exit 2")
    func problems() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try write(Self.broken, as: "county.yaml", in: cli)
        let result = try cli.run(["stations", "check", "county.yaml"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.split(separator: "\n").map(String.init) == [
                "county.yaml:5:5: 不认识的键 school_hour，是不是要写 school_hours？",
                "county.yaml:6:30: open_hours.school_day 的“18:30-17:00”有误：结束时刻必须晚于开始时刻（不能跨过午夜），例如 18:30-21:30",
                "county.yaml:7:9: 站点编号 shuangqiao 重复：第 4 行已经用过，请改用另一个编号",
                "county.yaml：发现 3 个问题。",
            ])
    }

    @Test("--json: file, stations and problems with line and column; exit 0 or 2")
    func json() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let good = try cli.run(["stations", "check", Self.sample, "--json"])
        #expect(good.status == 0)
        let goodObject = try #require(try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any])
        #expect(goodObject["file"] as? String == Self.sample)
        #expect((goodObject["stations"] as? [String])?.count == 7)
        #expect((goodObject["problems"] as? [Any])?.isEmpty == true)

        try write(Self.broken, as: "county.yaml", in: cli)
        let bad = try cli.run(["stations", "check", "county.yaml", "--json"])
        #expect(bad.status == 2)
        let badObject = try #require(try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [String: Any])
        #expect(badObject["stations"] as? [String] == ["shuangqiao", "shuangqiao"])
        let problems = try #require(badObject["problems"] as? [[String: Any]])
        #expect(problems.map { $0["line"] as? Int } == [5, 6, 7])
        #expect(problems.map { $0["column"] as? Int } == [5, 30, 9])
        #expect(problems.last?["message"] as? String == "站点编号 shuangqiao 重复：第 4 行已经用过，请改用另一个编号")
    }

    @Test("a missing file, an empty file and a YAML syntax error are bad input: exit 2")
    func unreadable() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let missing = try cli.run(["stations", "check", "no-such.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("no-such.yaml: 找不到站点文件，请检查路径（示例：Samples/stations.yaml）\n"))

        try write("", as: "empty.yaml", in: cli)
        let empty = try cli.run(["stations", "check", "empty.yaml"])
        #expect(empty.status == 2)
        #expect(empty.stderr.hasPrefix("empty.yaml:1:1: 文件是空的"))

        try write("county: 县\nstations: [\n", as: "syntax.yaml", in: cli)
        let syntax = try cli.run(["stations", "check", "syntax.yaml"])
        #expect(syntax.status == 2)
        #expect(syntax.stderr.hasPrefix("syntax.yaml:3:1: YAML 格式有误："))
    }

    @Test("without FILE: a usage message naming the argument, not success")
    func usage() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["stations", "check"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("文件"))
    }
}
