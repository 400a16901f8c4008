import Foundation
import Testing

/// `yuanjiao play` as a station runs it: Chinese progress, the play log beside the bundle, exit codes.
/// The player is a shell script named `mpv` on a PATH of its own; no media is ever played.
@Suite struct PlayCLITests {
    static let plan = """
        {"month":"2026-12","stations":[{"id":"shuangqiao","warnings":[],"sessions":[
          {"date":"2026-12-05","start":"19:00","end":"20:00","kind":"study-day","items":[
            {"id":1,"title":"宪法讲座","topic":"law","start":"00:00:00","duration":1800,"path":"/县/课件/宪法.mp4","why":""},
            {"id":2,"title":"民法典","topic":"law","start":"00:30:00","duration":1800,"path":"/县/课件/民法典.mp4","why":""}]}]}]}
        """
    static let manifest = """
        {"station":"shuangqiao","month":"2026-12","generated":"2026-11-25T00:00:00Z","files":[],"courseware":[
          {"path":"/县/课件/宪法.mp4","size":4,"fingerprint":"","bundlePath":"../课件/宪法.mp4"},
          {"path":"/县/课件/民法典.mp4","size":4,"fingerprint":"","bundlePath":"../课件/民法典.mp4"}]}
        """

    @Test func playsAMakeUpDayAndAppendsToThePlayLog() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let bundle = cli.directory.appendingPathComponent("下发/shuangqiao")
        let courseware = cli.directory.appendingPathComponent("下发/课件")
        let bin = cli.directory.appendingPathComponent("bin")
        for folder in [bundle, courseware, bin] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try Data(Self.plan.utf8).write(to: bundle.appendingPathComponent("plan.json"))
        try Data(Self.manifest.utf8).write(to: bundle.appendingPathComponent("manifest.json"))
        try Data("fake".utf8).write(to: courseware.appendingPathComponent("宪法.mp4"))
        let player = bin.appendingPathComponent("ffplay")
        try Data("#!/bin/sh\nsleep 0.1\nexit 0\n".utf8).write(to: player)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: player.path)
        let path = ["PATH": bin.path + ":/usr/bin:/bin"]

        let dry = try cli.run(["play", "--bundle", bundle.path, "--date", "2026-12-05", "--dry-run"], environment: path)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("集中学习日") && dry.stdout.contains("民法典") && dry.stdout.contains("找不到文件"))
        #expect(!FileManager.default.fileExists(atPath: bundle.appendingPathComponent("playlog-2026-12.csv").path))

        let played = try cli.run(["play", "--bundle", bundle.path, "--date", "2026-12-05"], environment: path)
        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("播放器：ffplay") && played.stdout.contains("开始播放：宪法讲座"))
        #expect(played.stdout.contains("找不到文件，跳过：民法典"))
        let logs = try FileManager.default.contentsOfDirectory(atPath: bundle.path).filter { $0.hasPrefix("playlog-") }
        #expect(logs.count == 1)
        let data = try Data(contentsOf: bundle.appendingPathComponent(logs[0]))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "a BOM, so WPS and Excel open it as UTF-8")
        let log = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(log.hasPrefix("start,end,file,station,note\n") && log.contains(",../课件/宪法.mp4,shuangqiao,"))

        let badPlayer = try cli.run(["play", "--bundle", bundle.path, "--player", "potplayer"], environment: path)
        #expect(badPlayer.status == 2 && badPlayer.stderr.contains("mpv、ffplay 或 vlc"))
        let noBundle = try cli.run(["play", "--bundle", cli.directory.path], environment: path)
        #expect(noBundle.status == 2 && noBundle.stderr.contains("manifest.json"))
    }
}
