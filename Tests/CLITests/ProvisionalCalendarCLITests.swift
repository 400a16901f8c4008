import Foundation
import Testing

/// CN-2027 ships as an assumption until the State Council publishes its 2027 holiday notice (Catalog/calendars/
/// CN-2027.yaml says why): `stations check` accepts a file that names it, and says each time that its dates are assumed.
@Suite("stations check warns about the provisional CN-2027 calendar")
struct ProvisionalCalendarCLITests {
    static let stations = """
        county: 示例县
        calendar: [CN-2026, CN-2027]
        stations:
          - id: shuangqiao
            name: 双桥村远教站点

        """

    @Test("a file naming CN-2027 passes, with a reminder naming the file, the calendar and what to do; JSON too")
    func provisionalCalendarIsNamed() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try Data(Self.stations.utf8).write(to: cli.directory.appendingPathComponent("county.yaml"))
        let text = try cli.run(["stations", "check", "county.yaml", "--month", "2027-02"])
        #expect(text.status == 0, "\(text.stdout)\(text.stderr)")
        let reminder = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("提醒：") })
        #expect(reminder.hasPrefix("提醒：county.yaml:2:1: 日历 CN-2027 是暂定的："), "\(reminder)")
        #expect(reminder.contains("尚未公布") && reminder.contains("Catalog/calendars/README.md"), "\(reminder)")

        let json = try cli.run(["stations", "check", "county.yaml", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
        #expect((warnings.first?["message"] as? String)?.contains("日历 CN-2027 是暂定的") == true)
        #expect((object["problems"] as? [Any])?.isEmpty == true)
    }

    @Test("a file naming only the published CN-2026 gets no reminder")
    func publishedCalendarIsQuiet() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let published = Self.stations.replacingOccurrences(of: "[CN-2026, CN-2027]", with: "CN-2026")
        try Data(published.utf8).write(to: cli.directory.appendingPathComponent("county.yaml"))
        let result = try cli.run(["stations", "check", "county.yaml"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("提醒") && !result.stdout.contains("暂定") && result.stderr.isEmpty)
    }
}
