public import Foundation
public import Planner

/// `yuanjiao play`: plays the day's sessions of a station bundle with the installed player, each course at
/// its planned time, and keeps the bundle's play log. The decisions are `PlaybackSchedule`'s; this part
/// waits, starts processes and writes the log.
public struct StationPlayback {
    public struct Options: Sendable {
        /// nil: today.
        public var date: LocalDate?
        public var player: MediaPlayer.Kind?
        public var dryRun = false
        public var startNow = false
        /// Where to look for the player.
        public var searchPath = ""
        /// How often a playing course's end is written to the log, in seconds.
        public var heartbeat = 30.0
        /// `--log-dir`: where the play log goes; nil: the bundle folder, or when that cannot be written
        /// (a read-only stick) `~/远教播放记录/<station>`.
        public var logDirectory: URL?
        /// Where the running player's process id is kept between runs; nil: the system's temporary folder.
        public var pidDirectory: URL?

        public init(date: LocalDate? = nil, player: MediaPlayer.Kind? = nil, dryRun: Bool = false, startNow: Bool = false, searchPath: String) {
            self.date = date
            self.player = player
            self.dryRun = dryRun
            self.startNow = startNow
            self.searchPath = searchPath
        }
    }

    /// How often the wait before a session is announced again, in seconds.
    static let waitAnnouncement = 600

    public var bundle: PlaybackBundle
    public var options: Options
    public var clock: any PlaybackClock
    public var report: (PlaybackEvent) -> Void

    public init(bundle: PlaybackBundle, options: Options, clock: any PlaybackClock, report: @escaping (PlaybackEvent) -> Void) {
        self.bundle = bundle
        self.options = options
        self.clock = clock
        self.report = report
    }

    public func run() throws(YuanjiaoError) {
        if let date = options.date, !bundle.month.contains(date) {
            throw YuanjiaoError(.usage, "下发包是\(bundle.month.chineseName)的，没有 \(date) 的安排：请用这个月的日期，或换用那个月的下发包")
        }
        let schedule = PlaybackSchedule.decide(
            plan: bundle.plan, now: clock.now(), date: options.date, startNow: options.startNow, reference: bundle.reference)
        let sessions: [PlaybackSession], waits: Bool
        switch schedule {
        case .nothingOn(let day, let next): return report(.nothingOn(day, next: next))
        case .over(let day): return report(.over(day))
        case .play(let chosen, let wait): (sessions, waits) = (chosen, wait)
        }
        if options.dryRun { return dryRun(sessions) }
        let player = try MediaPlayer.find(options.player, searchPath: options.searchPath)
        report(.player(player))
        let logFolder = try self.logFolder()
        let pidFile = Self.pidFile(bundle: bundle.folder, directory: options.pidDirectory)
        if let orphan = MediaPlayer.stopOrphan(pidFile: pidFile) { report(.orphanStopped(pid: orphan)) }
        var log: (month: YearMonth, file: StationPlayLog)?
        func openLog(for time: LogTime) throws(YuanjiaoError) -> StationPlayLog {
            if let log, log.month == time.date.yearMonth { return log.file }
            let file = try StationPlayLog(url: logFolder.appendingPathComponent(StationPlayLog.fileName(time.date.yearMonth)))
            for gap in try file.closeInterrupted() { report(.closedGap(gap)) }
            log = (time.date.yearMonth, file)
            return file
        }
        _ = try openLog(for: clock.now())
        let filler = fillerCues()
        /// The time of a skipped course filled with the station's open-day loop, once through, each file a line.
        func fill(until end: LogTime) throws(YuanjiaoError) {
            for cue in filler {
                let start = clock.now()
                guard start < end else { return }
                guard let file = bundle.safeLocation(cue.reference), FileManager.default.fileExists(atPath: file.path) else { continue }
                let playLog = try openLog(for: start)
                let entry = try playLog.begin(cue.reference, station: bundle.station, at: start)
                report(.filler(cue, at: start))
                let ending = player.play(file, interval: options.heartbeat, pidFile: pidFile) { clock.now() < end }
                let stop = clock.now()
                try playLog.finish(entry, at: stop, note: Self.fillerNote)
                report(.stopped(cue, at: stop, ending: ending))
            }
        }
        for session in sessions {
            if waits { wait(until: session.start, announce: true) }
            report(.sessionStarts(session.session))
            for cue in session.cues {
                if waits { wait(until: cue.plannedStart, announce: false) }
                let now = clock.now()
                // On the schedule's clock: the session's time over stops it; a course already past is not
                // replayed; the one under way is joined where it should be by now.
                if waits || session.session.kind == .openDay, now >= session.end {
                    report(.sessionOver(session.session))
                    break
                }
                var offset = 0
                if waits {
                    let late = now.absolute - cue.plannedStart.absolute
                    if late >= cue.durationSeconds, cue.durationSeconds > 0 { continue }
                    if late > 0 {
                        offset = late
                        report(.joined(cue, offset: late))
                    }
                }
                guard let file = bundle.safeLocation(cue.reference) else {
                    report(.refused(cue, reference: cue.reference))
                    continue
                }
                guard FileManager.default.fileExists(atPath: file.path) else {
                    report(.missing(cue, path: file.path))
                    let playLog = try openLog(for: now)
                    let entry = try playLog.begin(cue.reference, station: bundle.station, at: now)
                    try playLog.finish(entry, at: now, note: filler.isEmpty || !waits ? Self.missingNote : Self.missingFilledNote)
                    if waits { try fill(until: min(cue.plannedStart.adding(seconds: cue.durationSeconds), session.end)) }
                    continue
                }
                let start = clock.now()
                let playLog = try openLog(for: start)
                let entry = try playLog.begin(cue.reference, station: bundle.station, at: start)
                report(.started(cue, at: start))
                var failure: YuanjiaoError?
                let ending = player.play(file, start: offset, interval: options.heartbeat, pidFile: pidFile) {
                    let time = clock.now()
                    do throws(YuanjiaoError) { try playLog.seen(entry, at: time) } catch { failure = failure ?? error }
                    return !waits || time < session.end
                }
                let stop = clock.now()
                try playLog.finish(entry, at: stop, note: Self.note(ending))
                report(.stopped(cue, at: stop, ending: ending))
                if let failure { throw failure }
            }
        }
    }

    /// Where the player's process id is kept for a bundle: one file per bundle folder, outside it (a
    /// read-only bundle, and `verify` sees nothing extra).
    static func pidFile(bundle: URL, directory: URL?) -> URL {
        (directory ?? FileManager.default.temporaryDirectory)
            .appendingPathComponent("yuanjiao-player-" + SHA256.hex(Data(bundle.standardizedFileURL.path.utf8)).prefix(16) + ".pid")
    }

    /// The note of a course skipped because its file is not in the bundle: silence until the next one.
    static let missingNote = "文件缺失，跳过（这段时间静音）"
    static let missingFilledNote = "文件缺失，跳过（这段时间播放开放日节目）"
    static let fillerNote = "补空：前一个课件缺失，播放开放日节目"

    /// The station's open-day loop of the month, once through: what fills the time of a missing course.
    private func fillerCues() -> [PlaybackCue] {
        guard let openDay = bundle.plan.sessions.first(where: { $0.kind == .openDay && !$0.items.isEmpty }) else { return [] }
        return Array(PlaybackSchedule.cues(openDay, reference: bundle.reference).cues.prefix(openDay.items.count))
    }

    /// `--log-dir`, else the bundle folder when it can be written, else a folder in the user's home.
    private func logFolder() throws(YuanjiaoError) -> URL {
        if let given = options.logDirectory {
            var info = stat()
            guard stat(given.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, access(given.path, W_OK) == 0 else {
                throw YuanjiaoError(.usage, "--log-dir \(given.path) 不是可写的文件夹：请先建好这个文件夹，或换一个可写的位置")
            }
            return given
        }
        if access(bundle.folder.path, W_OK) == 0 { return bundle.folder }
        let home = URL(fileURLWithPath: NSHomeDirectory()).appendingPathComponent("远教播放记录").appendingPathComponent(bundle.station)
        do {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        } catch {
            throw YuanjiaoError(.job, "下发包 \(bundle.folder.path) 不可写，也无法创建 \(home.path)：请用 --log-dir 指定一个可写的文件夹")
        }
        report(.logFolder(home))
        return home
    }

    private func dryRun(_ sessions: [PlaybackSession]) {
        for session in sessions {
            report(.sessionStarts(session.session))
            for cue in session.cues {
                report(.wouldPlay(cue, found: bundle.safeLocation(cue.reference).map { FileManager.default.fileExists(atPath: $0.path) } ?? false))
            }
        }
    }

    /// Sleeps until `time`, telling how long is left when it is worth saying.
    private func wait(until time: LogTime, announce: Bool) {
        var lastAnnounced: Int?
        while true {
            let left = time.absolute - clock.now().absolute
            guard left > 0 else { return }
            if announce || left > 60, lastAnnounced.map({ $0 - left >= Self.waitAnnouncement }) ?? true {
                report(.waiting(until: time, seconds: left))
                lastAnnounced = left
            }
            clock.sleep(seconds: min(left, 60))
        }
    }

    /// The play log's note for how a course stopped; empty when it played to its end.
    static func note(_ ending: MediaPlayer.Ending) -> String {
        switch ending {
        case .finished: return ""
        case .failed(let status): return "播放器退出码 \(status)（中途关闭或无法播放）"
        case .killed(let signal): return "播放器被信号 \(signal) 终止"
        case .notStarted(let reason): return "播放器无法启动：\(reason)"
        case .stoppedAtEnd: return "学习时间结束，停止播放"
        }
    }
}
