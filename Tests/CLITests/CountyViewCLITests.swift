import Foundation
import Testing

/// Issue 25 as a user types it: `report --behind --json`, `report --members`, `survey import` and `survey`.
@Suite struct CountyViewCLITests {
    static let stations = CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path

    @Test func behindListAndMembersYear() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try #require(try cli.run(["index", cli.directory.path]).status == 0)
        let behind = try cli.run(["report", "--stations", Self.stations, "--month", "2026-12", "--behind", "--json"])
        #expect(behind.status == 0, "\(behind.stderr)")
        #expect(behind.stdout.contains("\"month\" : \"2026-12\"") || behind.stdout.contains("\"month\":\"2026-12\""))
        #expect(behind.stdout.contains("\"behind\""))
        let year = try cli.run(["report", "--stations", Self.stations, "--year", "2026", "--behind"])
        #expect(year.status == 2 && year.stderr.contains("--month"))
        let withMembers = cli.directory.appendingPathComponent("stations.yaml")
        try Data("county: 示例县\ncalendar: CN-2026\nstations:\n  - id: shuangqiao\n    members:\n      - 张三 党员\n".utf8).write(to: withMembers)
        let members = try cli.run(["report", "--stations", withMembers.path, "--year", "2026", "--members", "--format", "csv"])
        #expect(members.status == 0 && members.stdout.contains("计划场次,心得份数"), "\(members.stderr)")
        let json = try cli.run(["report", "--stations", Self.stations, "--month", "2026-12", "--json"])
        #expect(json.stdout.contains("\"powerOnRate\" : null") || json.stdout.contains("\"powerOnRate\":null"))
    }

    @Test func surveyImportAndDemand() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try #require(try cli.run(["index", cli.directory.path]).status == 0)
        let good = cli.directory.appendingPathComponent("调查.csv")
        try Data("站点,姓名,想学的内容,意见,月份\nshuangqiao,张三,法律法规、农业科技与实用技术,想学柑橘,2026-11\n".utf8).write(to: good)
        let imported = try cli.run(["survey", "import", good.path, "--stations", Self.stations])
        #expect(imported.status == 0 && imported.stdout.contains("新增 1 份"), "\(imported.stdout)\(imported.stderr)")
        let bad = cli.directory.appendingPathComponent("错.csv")
        try Data("站点,姓名,想学的内容,意见,月份\nshuangqiao,李四,种花,,2026-11\n".utf8).write(to: bad)
        let refused = try cli.run(["survey", "import", bad.path, "--stations", Self.stations])
        #expect(refused.status == 1 && refused.stdout.contains("\(bad.path):2: 不认识的内容“种花”"), "\(refused.stdout)")
        let demand = try cli.run(["survey", "--stations", Self.stations, "--month", "2026-12", "--json"])
        #expect(demand.status == 0, "\(demand.stderr)")
        #expect(demand.stdout.contains("\"agritech\"") && demand.stdout.contains("想学柑橘"))
        let text = try cli.run(["survey", "--stations", Self.stations, "--month", "2026-12"])
        #expect(text.stdout.contains("相应的 topics 权重：{agritech: 1, law: 1}"), "\(text.stdout)")
    }
}
