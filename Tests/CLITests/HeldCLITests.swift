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
