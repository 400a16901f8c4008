import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// `yuanjiao play` on a station PC: which session, when, with which player, and what the play log says,
/// including a player closed mid-way, killed, and a power cut noted on the next start.
@Suite struct PlaybackTests {
    static func day(_ text: String) -> LocalDate { try! LocalDate(parsing: text) }

    @Test func todaysRemainingSessionsAreChosen() throws {
        let plan = HeldScratch.plan
        let reference = { (path: String) in path }
        let (sessions, waits) = try #require(PlaybackSchedule.decide(
            plan: plan, now: LogTime(parsing: "2026-12-05 18:00")!, date: nil, startNow: false, reference: reference).played,
            "no session chosen")
        #expect(waits)
        #expect(sessions.map(\.session.date) == [Self.day("2026-12-05")])
        #expect(sessions[0].cues.map(\.plannedStart.description) == ["2026-12-05 19:00:00", "2026-12-05 20:00:00"])
        #expect(PlaybackSchedule.decide(plan: plan, now: LogTime(parsing: "2026-12-05 21:00")!, date: nil, startNow: false, reference: reference)
                == .over(Self.day("2026-12-05")))
        let (day, next) = try #require(PlaybackSchedule.decide(
            plan: plan, now: LogTime(parsing: "2026-12-06 08:00")!, date: nil, startNow: false, reference: reference).idle,
            "a day without a session played something")
        #expect(day == Self.day("2026-12-06") && next?.date == Self.day("2026-12-10"))
        // Another day of the month is a make-up showing: at once, whatever the time.
        let (makeUp, makeUpWaits) = try #require(PlaybackSchedule.decide(
            plan: plan, now: LogTime(parsing: "2026-12-06 08:00")!, date: Self.day("2026-12-05"), startNow: false, reference: reference).played,
            "make-up not chosen")
        #expect(!makeUpWaits && makeUp.count == 1)
    }

    @Test func anOpenDayLoopsOnUntilItsHoursAreOver() {
        let openDay = PlannedSession(
            date: Self.day("2026-12-12"), start: try! TimeOfDay(parsing: "08:30"), end: try! TimeOfDay(parsing: "10:30"), kind: .openDay,
            items: [PlaybackScratch.item(1, "a.mp4", offset: 0, minutes: 30), PlaybackScratch.item(2, "b.mp4", offset: 1800, minutes: 20)])
        let session = PlaybackSchedule.cues(openDay) { $0 }
        #expect(session.cues.count == 6)
        #expect(session.cues.map { TimeOfDay.clockText(seconds: $0.plannedStart.seconds) }
                == ["08:30:00", "09:00:00", "09:20:00", "09:50:00", "10:10:00", "10:40:00"])
    }

    @Test func waitsForTheSessionThenPlaysEachCourseAndLogsIt() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        let clock = JumpingClock("2026-12-05 18:40:00")
        let events = try scratch.play(clock)
        #expect(clock.slept == 1200 + 3600)
        #expect(events.contains(.waiting(until: LogTime(parsing: "2026-12-05 19:00")!, seconds: 1200)))
        let lines = try scratch.logLines()
        #expect(lines.count == 2)
        #expect(lines.map { Array($0.prefix(4)) } == [
            ["2026-12-05 19:00:00", "2026-12-05 19:00:00", "../课件/宪法.mp4", "shuangqiao"],
            // The second waits for its planned start: the clock only moves by sleeping here.
            ["2026-12-05 20:00:00", "2026-12-05 20:00:00", "../课件/民法典.mp4", "shuangqiao"],
        ])
        #expect(lines.allSatisfy { $0[4].isEmpty })
        let calls = try String(contentsOf: scratch.calls, encoding: .utf8)
        #expect(calls.contains("--fullscreen") && calls.contains("民法典.mp4"))
    }

    @Test func aPlayerClosedOrKilledRecordsTheRealStop() throws {
        let plan = StationPlan(id: "shuangqiao", sessions: [PlannedSession(
            date: Self.day("2026-12-05"), start: try TimeOfDay(parsing: "19:00"), end: try TimeOfDay(parsing: "21:00"), kind: .studyDay,
            items: [PlaybackScratch.item(1, "退出3.mp4", offset: 0, minutes: 60), PlaybackScratch.item(2, "被杀.mp4", offset: 3600, minutes: 60)])],
            warnings: [])
        let scratch = try PlaybackScratch(plan: plan)
        defer { scratch.remove() }
        let events = try scratch.play(JumpingClock("2026-12-05 19:10:00", step: 300), startNow: true)
        #expect(events.contains { if case .stopped(_, _, .failed(status: 3)) = $0 { true } else { false } })
        #expect(events.contains { if case .stopped(_, _, .killed(signal: 9)) = $0 { true } else { false } })
        let lines = try scratch.logLines()
        #expect(lines.count == 2)
        #expect(lines[0][4].contains("退出码 3") && lines[1][4].contains("信号 9"))
        // Each stop is the time read after the player ended, not the planned end.
        #expect(lines.allSatisfy { LogTime(parsing: $0[1])! > LogTime(parsing: $0[0])! })
        #expect(LogTime(parsing: lines[1][1])! < LogTime(parsing: "2026-12-05 21:00")!)
    }

    @Test func aPowerCutIsClosedAndNotedOnTheNextStart() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        let url = scratch.bundle.appendingPathComponent("playlog-2026-12.csv")
        do {
            let log = try StationPlayLog(url: url)
            let entry = try log.begin("../课件/宪法.mp4", station: "shuangqiao", at: LogTime(parsing: "2026-12-05 19:00")!)
            try log.seen(entry, at: LogTime(parsing: "2026-12-05 19:23:30")!)
            _ = try log.begin("../课件/民法典.mp4", station: "shuangqiao", at: LogTime(parsing: "2026-12-05 19:24")!)
        }
        let events = try scratch.play(JumpingClock("2026-12-05 19:30:00"), startNow: true)
        let gaps = events.compactMap { if case .closedGap(let gap) = $0 { gap } else { nil } }
        #expect(gaps.map(\.file) == ["../课件/宪法.mp4", "../课件/民法典.mp4"])
        #expect(gaps.map(\.lastSeen) == [LogTime(parsing: "2026-12-05 19:23:30"), nil])
        let lines = try scratch.logLines()
        #expect(lines.count == 4)
        #expect(Array(lines[0].prefix(2)) == ["2026-12-05 19:00:00", "2026-12-05 19:23:30"])
        #expect(Array(lines[1].prefix(2)) == ["2026-12-05 19:24:00", "2026-12-05 19:24:00"])
        #expect(lines[0][4].hasPrefix("上次播放中断") && lines[1][4].hasPrefix("上次播放中断"))
        // A second start finds nothing open any more.
        let again = try scratch.play(JumpingClock("2026-12-05 20:30:00"), startNow: true)
        #expect(!again.contains { if case .closedGap = $0 { true } else { false } })
    }

    @Test func theLogItWritesImportsAsPlayed() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        try scratch.play(JumpingClock("2026-12-05 17:00:00", step: 3600), startNow: true)
        let held = try HeldScratch()
        defer { held.remove() }
        // Back at the county without the station's (stand-in) courseware: matched by name.
        let returned = held.root.appendingPathComponent("playlog-2026-12.csv")
        try FileManager.default.copyItem(at: scratch.bundle.appendingPathComponent("playlog-2026-12.csv"), to: returned)
        let report = try held.workspace.importPlayLog(files: [returned], by: "测试")
        #expect(report.problems.isEmpty, "\(report.problems.map(\.text))")
        #expect(report.added == 2)
        let byFile = Dictionary(uniqueKeysWithValues: report.matches.map { ($0.file, $0.outcome) })
        #expect(byFile["宪法.mp4"] == .played && byFile["民法典.mp4"] == .played && byFile["反诈.mp4"] == .notPlayed)
    }

    @Test func dryRunWritesNothingAndMissingFilesAreSkipped() throws {
        let scratch = try PlaybackScratch(missing: ["课件/法律法规/民法典.mp4"])
        defer { scratch.remove() }
        let dry = try scratch.play(JumpingClock("2026-12-05 18:00:00"), dryRun: true)
        #expect(dry.compactMap { if case .wouldPlay(_, let found) = $0 { found } else { nil } } == [true, false])
        #expect(!FileManager.default.fileExists(atPath: scratch.bundle.appendingPathComponent("playlog-2026-12.csv").path))
        let events = try scratch.play(JumpingClock("2026-12-05 19:00:00"), startNow: true)
        #expect(events.contains { if case .missing = $0 { true } else { false } })
        // The missing course is logged as skipped: start = end, and why.
        let lines = try scratch.logLines()
        #expect(lines.count == 2)
        #expect(lines.last.map { $0[0] == $0[1] && $0[4] == StationPlayback.missingNote } == true)
    }

    @Test func badBundlesAndMissingPlayersAreExplained() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        let options = StationPlayback.Options(searchPath: scratch.root.path)
        let noPlayer = #expect(throws: YuanjiaoError.self) {
            try StationPlayback(bundle: try PlaybackBundle.load(scratch.bundle), options: options,
                                clock: JumpingClock("2026-12-05 19:00:00")) { _ in }.run()
        }
        #expect(noPlayer?.message.contains("mpv、ffplay 或 vlc") == true)
        let empty = #expect(throws: YuanjiaoError.self) { try PlaybackBundle.load(scratch.root) }
        #expect(empty?.message.contains("manifest.json") == true)
        try Data("{".utf8).write(to: scratch.bundle.appendingPathComponent("plan.json"))
        let broken = #expect(throws: YuanjiaoError.self) { try PlaybackBundle.load(scratch.bundle) }
        #expect(broken?.message.contains("plan.json：计划文件已损坏") == true)
        let otherMonth = #expect(throws: YuanjiaoError.self) { try scratch.play(JumpingClock("2026-12-05 19:00:00"), date: "2027-01-05") }
        #expect(otherMonth != nil)
    }

    @Test func aHandMadeLogInAnotherColumnOrderIsLeftAlone() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        let url = scratch.bundle.appendingPathComponent("playlog-2026-12.csv")
        let handMade = "文件,开始,结束,站点\n宪法.mp4,2026-12-01 19:00,2026-12-01 20:00,shuangqiao\n"
        try Data(handMade.utf8).write(to: url)
        let error = #expect(throws: YuanjiaoError.self) { try scratch.play(JumpingClock("2026-12-05 19:00:00"), startNow: true) }
        #expect(error?.message.hasPrefix("\(url.path):1: 表头应为") == true)
        #expect(try String(contentsOf: url, encoding: .utf8) == handMade)
    }
}

/// The cases a test expects, as optionals for `#require` (no early return from a test).
extension PlaybackSchedule {
    var played: (sessions: [PlaybackSession], waits: Bool)? {
        if case .play(let sessions, let waits) = self { (sessions, waits) } else { nil }
    }

    var idle: (day: LocalDate, next: PlannedSession?)? {
        if case .nothingOn(let day, let next) = self { (day, next) } else { nil }
    }
}
