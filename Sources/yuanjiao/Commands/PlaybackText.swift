import Yuanjiao

/// `yuanjiao play`'s progress in Chinese, one line per event.
enum PlaybackText {
    static func line(_ event: PlaybackEvent) -> String {
        switch event {
        case .player(let player):
            return "播放器：\(player.kind.rawValue)（\(player.executable.path)）"
        case .closedGap(let gap):
            let end = gap.lastSeen.map { "，最后记录 \(clock($0))" } ?? "，没有播放时间记录"
            return "上次播放 \(gap.start) 开始的 \(gap.file) 中断（断电或强行关闭）\(end)；已在播放记录中注明"
        case .nothingOn(let day, let next):
            let later = next.map { "；下一次：\($0.date.chineseMonthDay) \($0.start) \($0.kind.chineseName)" } ?? "；本月已没有安排"
            return "\(day.chineseMonthDay)没有安排学习\(later)"
        case .over(let day):
            return "\(day.chineseMonthDay)的学习已经全部结束"
        case .waiting(let until, let seconds):
            return "距离开始还有\(duration(seconds))（\(clock(until)) 开始）"
        case .sessionStarts(let session):
            return "\(session.date.chineseMonthDay) \(session.start)-\(session.end) \(session.kind.chineseName)：\(session.items.count) 个节目"
        case .started(let cue, let at):
            return "\(clock(at)) 开始播放：\(cue.title)（\(duration(cue.durationSeconds))）"
        case .stopped(let cue, let at, let ending):
            return "\(clock(at)) \(ended(ending))：\(cue.title)"
        case .missing(let cue, let path):
            return "找不到文件，跳过：\(cue.title)（\(path)）。请用 yuanjiao verify 核对下发包和课件"
        case .joined(let cue, let offset):
            return "已过开始时间：从 \(cue.title) 的第 \(duration(offset)) 处接着播放"
        case .refused(let cue, let reference):
            return "拒绝打开下发包以外的文件，跳过：\(cue.title)（\(reference)）。下发包可能被改动过，请用 yuanjiao verify 核对"
        case .filler(let cue, let at):
            return "\(clock(at)) 课件缺失，这段时间播放开放日节目：\(cue.title)"
        case .orphanStopped(let pid):
            return "已关闭上次留下仍在播放的播放器（进程 \(pid)）"
        case .logFolder(let url):
            return "下发包所在的位置不可写，播放记录写到：\(url.path)"
        case .sessionOver(let session):
            return "开放时间已到 \(session.end)，停止循环播放"
        case .wouldPlay(let cue, let found):
            return "  \(clock(cue.plannedStart)) \(cue.title)（\(duration(cue.durationSeconds))）\(cue.reference)\(found ? "" : "  ← 找不到文件")"
        }
    }

    private static func ended(_ ending: MediaPlayer.Ending) -> String {
        switch ending {
        case .finished: return "播放结束"
        case .failed(let status): return "播放器中途退出（退出码 \(status)）"
        case .killed(let signal): return "播放器被结束（信号 \(signal)）"
        case .notStarted(let reason): return "播放器无法启动（\(reason)）"
        case .stoppedAtEnd: return "学习时间已到，停止播放"
        }
    }

    private static func clock(_ time: LogTime) -> String { String(TimeOfDay.clockText(seconds: time.seconds).prefix(5)) }

    private static func duration(_ seconds: Int) -> String {
        let minutes = (seconds + 59) / 60
        if minutes < 60 { return "\(minutes) 分钟" }
        return minutes % 60 == 0 ? "\(minutes / 60) 小时" : "\(minutes / 60) 小时 \(minutes % 60) 分钟"
    }
}
