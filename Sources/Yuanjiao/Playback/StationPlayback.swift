import Foundation
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
        var log: (month: YearMonth, file: StationPlayLog)?
        func openLog(for time: LogTime) throws(YuanjiaoError) -> StationPlayLog {
            if let log, log.month == time.date.yearMonth { return log.file }
            let file = try StationPlayLog(url: bundle.folder.appendingPathComponent(StationPlayLog.fileName(time.date.yearMonth)))
            for gap in try file.closeInterrupted() { report(.closedGap(gap)) }
            log = (time.date.yearMonth, file)
            return file
        }
        _ = try openLog(for: clock.now())
        for session in sessions {
            if waits { wait(until: session.start, announce: true) }
            report(.sessionStarts(session.session))
            for cue in session.cues {
                if waits { wait(until: cue.plannedStart, announce: false) }
                if session.session.kind == .openDay, clock.now() >= session.end {
                    report(.sessionOver(session.session))
                    break
                }
                let file = bundle.location(cue.reference)
                guard FileManager.default.fileExists(atPath: file.path) else {
                    report(.missing(cue, path: file.path))
                    continue
                }
                let start = clock.now()
                let playLog = try openLog(for: start)
                let entry = try playLog.begin(cue.reference, station: bundle.station, at: start)
                report(.started(cue, at: start))
                var failure: YuanjiaoError?
                let ending = player.play(file, interval: options.heartbeat) {
                    do throws(YuanjiaoError) { try playLog.seen(entry, at: clock.now()) } catch { failure = failure ?? error }
                }
                let stop = clock.now()
                try playLog.finish(entry, at: stop, note: Self.note(ending))
                report(.stopped(cue, at: stop, ending: ending))
                if let failure { throw failure }
            }
        }
    }

    private func dryRun(_ sessions: [PlaybackSession]) {
        for session in sessions {
            report(.sessionStarts(session.session))
            for cue in session.cues {
                report(.wouldPlay(cue, found: FileManager.default.fileExists(atPath: bundle.location(cue.reference).path)))
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
        }
    }
}
