import Foundation
import Testing

/// Issue 12 through the CLI: months planned in any order, whole weeks, calendars that must cover the month,
/// `--cascade`, `check`'s accepted relaxations and `plan --json`'s warning data.
@Suite("yuanjiao plan / check across months")
struct PlanMonthsCLITests {
    static let stations = PlanCLITests.stations

    @Test("December then November: both check clean, nothing repeated either way; --cascade re-plans December")
    func reverseOrder() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        for month in ["2026-12", "2026-11"] {
            let result = try cli.run(["plan", "--stations", Self.stations, "--month", month])
            #expect(result.status == 0, "\(result.stderr)")
        }
        for month in ["2026-11", "2026-12"] {
            let check = try cli.json(["check", "--stations", Self.stations, "--month", month, "--json"])
            let violations = try #require(check["violations"] as? [[String: Any]])
            #expect(violations.isEmpty, "\(month): \(violations)")
            #expect(check["accepted"] is [Any])
        }
        let cascade = try cli.run(["plan", "--stations", Self.stations, "--month", "2026-11", "--cascade"])
        #expect(cascade.status == 0, "\(cascade.stderr)")
        #expect(cascade.stdout.contains("已重排 7 个站点 2026年12月的计划"), "\(cascade.stdout)")
    }

    @Test("plan --json carries each warning as data beside its text")
    func warningData() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        let plan = try cli.json(["plan", "--stations", Self.stations, "--month", "2026-12", "--json"])
        let stations = try #require(plan["stations"] as? [[String: Any]])
        for station in stations {
            let texts = try #require(station["warnings"] as? [String])
            let data = try #require(station["warningData"] as? [[String: Any]])
            #expect(texts.count == data.count)
            for (text, entry) in zip(texts, data) {
                #expect(entry["text"] as? String == text)
                #expect(entry["station"] as? String == station["id"] as? String)
                for key in ["rule", "week", "date", "detail"] { #expect(entry.keys.contains(key), "missing \(key)") }
            }
        }
    }

    @Test("a month the calendars do not cover is refused, naming the calendar file to add; stations check --month too")
    func uncoveredMonth() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        let plan = try cli.run(["plan", "--stations", Self.stations, "--month", "2027-03"])
        #expect(plan.status == 2, "\(plan.stdout)\(plan.stderr)")
        #expect(plan.stderr.contains("Catalog/calendars/CN-2027.yaml"), "\(plan.stderr)")
        let check = try cli.run(["stations", "check", Self.stations, "--month", "2027-03"])
        #expect(check.status == 2)
        #expect((check.stdout + check.stderr).contains("CN-2027.yaml"), "\(check.stdout)\(check.stderr)")
        let covered = try cli.run(["stations", "check", Self.stations, "--month", "2026-03"])
        #expect(covered.status == 0, "\(covered.stdout)\(covered.stderr)")
    }

    @Test("check --fill-ratio out of range is bad usage; --strict turns declared relaxations into exit 1")
    func checkFlags() throws {
        let cli = try PlanCLITests().indexedSamples()
        defer { cli.remove() }
        try cli.run(["plan", "--stations", Self.stations, "--month", "2026-12"])
        let bad = try cli.run(["check", "--stations", Self.stations, "--month", "2026-12", "--fill-ratio", "2"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--fill-ratio"), "\(bad.stderr)")
        let report = try cli.json(["check", "--stations", Self.stations, "--month", "2026-12", "--json"])
        let accepted = try #require(report["accepted"] as? [[String: Any]])
        let strict = try cli.run(["check", "--stations", Self.stations, "--month", "2026-12", "--strict"])
        #expect(strict.status == (accepted.isEmpty ? 0 : 1), "\(strict.stdout)")
        // Demanding full sessions finds under-filled ones the planner never declared.
        let full = try cli.run(["check", "--stations", Self.stations, "--month", "2026-12", "--fill-ratio", "1"])
        #expect(full.stdout.contains("fill") || full.status == 0, "\(full.stdout)")
    }
}
