import Foundation
import Testing

/// `playlog import`, `attendance import` and `report` as a user runs them: exit codes and Chinese output.
@Suite struct HeldCLITests {
    static let stations = CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path

    @Test func badPlayLogLinesExitOneAndNameTheLine() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try #require(try cli.run(["index", cli.directory.path]).status == 0)
        let log = cli.directory.appendingPathComponent("playlog-2026-12.csv")
        try Data("start,end,file,station\n2026-12-05 19:00,2026-12-05 18:00,a.mp4,shuangqiao\n".utf8).write(to: log)
        let result = try cli.run(["playlog", "import", log.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(log.path):2: 结束时间早于开始时间"), "\(result.stdout)")
    }

    @Test func reportWithoutLogsSaysNoLogReceived() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try #require(try cli.run(["index", cli.directory.path]).status == 0)
        let text = try cli.run(["report", "--stations", Self.stations, "--month", "2026-12"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("未收到播放记录"))
        let usage = try cli.run(["report", "--stations", Self.stations])
        #expect(usage.status == 2 && usage.stderr.contains("--month"))
        let csv = try cli.run(["report", "--stations", Self.stations, "--month", "2026-12", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}站点编号"))
    }
}

/// `attendance edit` as the county office or a station administrator types it.
@Suite struct AttendanceEditCLITests {
    @Test func editsAMarkAndAVisitorCountAndRefusesStrangers() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let stations = cli.directory.appendingPathComponent("stations.yaml")
        try Data("""
            county: 示例县
            calendar: CN-2026
            stations:
              - id: shuangqiao
                name: 双桥村远教站点
                members:
                  - 张三 党员 一组

            """.utf8).write(to: stations)
        let base = ["attendance", "edit", "--stations", stations.path, "--station", "shuangqiao", "--date", "2026-12-05"]
        let first = try cli.run(base + ["--member", "张三", "--present", "--visitors", "4", "--by", "王站长"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("新增 2 条"))
        let again = try cli.run(base + ["--visitors", "6"])
        #expect(again.status == 0 && again.stdout.contains("更正 1 条"))
        let stranger = try cli.run(base + ["--member", "王五", "--present"])
        #expect(stranger.status == 2 && stranger.stderr.contains("不在站点 shuangqiao 的成员名单中"))
        let both = try cli.run(base + ["--member", "张三", "--present", "--absent"])
        #expect(both.status == 2 && both.stderr.contains("--present"))
        let badDate = try cli.run(["attendance", "edit", "--stations", stations.path, "--station", "shuangqiao", "--date", "12月5日", "--visitors", "1"])
        #expect(badDate.status == 2 && badDate.stderr.contains("YYYY-MM-DD"))
    }
}
