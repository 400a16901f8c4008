import Foundation
import GRDB
import Testing

@Suite("yuanjiao plan / check on the sample county, run as a user runs them")
struct PlanCLITests {
    static let stations = CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path

    func indexedSamples() throws -> CLIRunner {
        let cli = try CLIRunner()
        let guide = CLIRunner.repository.appendingPathComponent("Samples/guides/sample-guide.xml").path
        let result = try cli.run(["index", CLIRunner.samples, "--guide", guide])
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    @Test("plan --json has the DESIGN.md shape; check passes the stored plans")
    func planAndCheck() throws {
        let cli = try indexedSamples()
        defer { cli.remove() }
        let plan = try cli.json(["plan", "--stations", Self.stations, "--month", "2026-12", "--json"])
        #expect(plan["month"] as? String == "2026-12")
        let stations = try #require(plan["stations"] as? [[String: Any]])
        #expect(stations.count == 7)
        let session = try #require((stations.first?["sessions"] as? [[String: Any]])?.first)
        for key in ["date", "start", "end", "kind", "items"] { #expect(session[key] != nil, "missing \(key)") }
        let sessions = stations.flatMap { $0["sessions"] as? [[String: Any]] ?? [] }
        let items = sessions.flatMap { $0["items"] as? [[String: Any]] ?? [] }
        let item = try #require(items.first)
        for key in ["id", "title", "topic", "start", "duration", "path", "why"] { #expect(item[key] != nil, "missing \(key)") }
        let check = try cli.run(["check", "--stations", Self.stations, "--month", "2026-12"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("全部符合规则"))
    }

    @Test("the text plan shows the calendar, the sessions and why")
    func textPlan() throws {
        let cli = try indexedSamples()
        defer { cli.remove() }
        let result = try cli.run(["plan", "--stations", Self.stations, "--month", "2026-12", "--station", "shuangqiao"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("双桥村远教站点（shuangqiao） · 2026年12月"))
        #expect(result.stdout.contains("集中学习日"))
        #expect(result.stdout.contains("理由："))
        #expect(result.stdout.contains("12月12日是回避日期"))
    }

    @Test("check catches a plan broken by hand: a session moved into school hours; exit 1")
    func brokenPlan() throws {
        let cli = try indexedSamples()
        defer { cli.remove() }
        try cli.run(["plan", "--stations", Self.stations, "--month", "2026-12", "--station", "shuangqiao"])
        let queue = try DatabaseQueue(path: cli.catalog)
        try queue.write { db in
            let plan = try #require(try String.fetchOne(db, sql: "SELECT plan FROM stationPlan WHERE station = 'shuangqiao'"))
            var document = try #require(try JSONSerialization.jsonObject(with: Data(plan.utf8)) as? [String: Any])
            var sessions = try #require(document["sessions"] as? [[String: Any]])
            let weekday = try #require(sessions.firstIndex { ($0["kind"] as? String) == "weekly" && ($0["start"] as? String) == "19:00" })
            sessions[weekday]["start"] = "09:00"
            sessions[weekday]["end"] = "11:00"
            document["sessions"] = sessions
            let broken = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
            try db.execute(sql: "UPDATE stationPlan SET plan = ? WHERE station = 'shuangqiao'", arguments: [broken])
        }
        try queue.close()
        let check = try cli.run(["check", "--stations", Self.stations, "--month", "2026-12", "--json"])
        #expect(check.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let violations = try #require(report["violations"] as? [[String: Any]])
        #expect(violations.contains { ($0["rule"] as? String) == "school-hours" && ($0["station"] as? String) == "shuangqiao" })
    }

    @Test("an unknown station or a bad month is bad usage: exit 2 with the known ids")
    func badInput() throws {
        let cli = try indexedSamples()
        defer { cli.remove() }
        let unknown = try cli.run(["plan", "--stations", Self.stations, "--month", "2026-12", "--station", "nowhere"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("shuangqiao"))
        let month = try cli.run(["plan", "--stations", Self.stations, "--month", "2026-13"])
        #expect(month.status == 2)
        let missing = try cli.run(["plan", "--stations", "/nonexistent/县.yaml", "--month", "2026-12"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("站点文件不存在"))
    }
}
