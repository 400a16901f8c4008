import ArgumentParser
import Foundation
import Yuanjiao

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "在站点电脑上按计划播放今天的学习内容，并写入下发包中的播放记录。",
        discussion: """
            读取下发包（manifest.json、plan.json），找到今天的学习场次，按计划顺序、按时用已安装的播放器
            （PATH 中的 mpv、ffplay 或 vlc，先找到哪个用哪个；--player 指定）全屏播放每个节目。
            来早了会等到开始时间（显示「距离开始还有…」），--now 立即开始；--date 指定本月另一天时为补放，立即开始。
            开放日的节目循环播放到开放时间结束。不需要网络，也不需要目录文件。
            晚到或中途重新运行时，从此刻应播的节目和位置接着播（不从第一个重播，上次留下的播放器先关掉），学习时间到了就停止；
            找不到的课件跳过并记入播放记录；清单或计划指向下发包和课件文件夹以外的文件一律拒绝打开。

            每个节目开始和结束的时间写入下发包中的 playlog-YYYY-MM.csv（start,end,file,station,note），
            月底随回收的文件交回，县里用 yuanjiao playlog import 导入。播放器中途被关闭或被结束时记下实际停止时间；
            断电或强行关闭后，下次运行时把上次没结束的一行补上最后记录的时间，并注明中断。

            示例：
              yuanjiao play --bundle 下发/shuangqiao
              yuanjiao play --bundle 下发/shuangqiao --dry-run
              yuanjiao play --bundle 下发/shuangqiao --date 2026-12-05 --player ffplay
            """)

    // No `--catalog`: the station PC has no catalogue; `play` reads the bundle alone.

    @Option(help: ArgumentHelp("站点下发包文件夹（内有 manifest.json 和 plan.json）。", valueName: "文件夹"))
    var bundle: String

    @Option(help: ArgumentHelp("播放哪一天的安排（补放），默认今天。", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("使用的播放器：mpv、ffplay 或 vlc，默认自动选用已安装的。", valueName: "播放器"))
    var player: String?

    @Option(name: .customLong("log-dir"), help: ArgumentHelp("播放记录写到这个文件夹（下发包在只读的U盘或光盘上时用），默认写在下发包里；下发包不可写时写到 ~/远教播放记录/站点编号。", valueName: "文件夹"))
    var logDir: String?

    @Flag(help: "只列出将要播放的节目和文件是否齐全，不播放、不写播放记录。")
    var dryRun = false

    @Flag(help: "不等开始时间，立即开始播放。")
    var now = false

    func run() throws {
        try reportingFailures {
            let day: LocalDate?
            do {
                day = try date.map { try LocalDate(parsing: $0) }
            } catch {
                throw YuanjiaoError(.usage, "--date「\(date ?? "")」不是日期：请写成 YYYY-MM-DD，例如 2026-12-05")
            }
            var kind: MediaPlayer.Kind?
            if let player {
                guard let named = MediaPlayer.Kind(rawValue: player.lowercased()) else {
                    throw YuanjiaoError(.usage, "--player「\(player)」不认识：请写 mpv、ffplay 或 vlc")
                }
                kind = named
            }
            let loaded = try PlaybackBundle.load(URL(fileURLWithPath: bundle))
            var options = StationPlayback.Options(
                date: day, player: kind, dryRun: dryRun, startNow: now,
                searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
            options.logDirectory = logDir.map { URL(fileURLWithPath: $0) }
            let playback = StationPlayback(
                bundle: loaded, options: options, clock: SystemPlaybackClock(timeZone: loaded.timeZone),
                report: { Terminal.output(PlaybackText.line($0)) })
            try playback.run()
        }
    }
}
