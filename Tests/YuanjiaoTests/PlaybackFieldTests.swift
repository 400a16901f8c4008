import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// `yuanjiao play` in the field: late starts and restarts join the schedule, the session's end stops it,
/// nothing outside the bundle is opened, read-only bundles play, and the log is never a link or a pipe.
@Suite("Playback in the field")
struct PlaybackFieldTests {
    static func calls(_ scratch: PlaybackScratch) throws -> [String] {
        try String(contentsOf: scratch.calls, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func startedFortyMinutesLateJoinsTheCourseUnderWayAtItsOffset() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        let events = try scratch.play(JumpingClock("2026-12-05 19:40:00"))
        #expect(events.contains { if case .joined(let cue, 2400) = $0 { cue.title == "宪法讲座" } else { false } })
        let calls = try Self.calls(scratch)
        #expect(calls.count == 2)
        #expect(calls.first.map { $0.contains("--start=2400") && $0.contains("宪法.mp4") } == true)
        #expect(calls.last.map { !$0.contains("--start") && $0.contains("民法典.mp4") } == true)
        #expect(try scratch.logLines().first?[0] == "2026-12-05 19:40:00")
    }

    @Test func aRestartMidItemNeverReplaysAndStopsThePlayerLeftBehind() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        // The player an earlier, killed run left playing.
        let orphanScript = scratch.root.appendingPathComponent("orphan/mpv")
        try FileManager.default.createDirectory(at: orphanScript.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("#!/bin/sh\ni=0\nwhile [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done\n".utf8).write(to: orphanScript)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: orphanScript.path)
        let orphan = Process()
        orphan.executableURL = orphanScript
        try orphan.run()
        let pidFile = StationPlayback.pidFile(bundle: scratch.bundle, directory: scratch.root)
        try Data("\(orphan.processIdentifier)\n".utf8).write(to: pidFile)
        let events = try scratch.play(JumpingClock("2026-12-05 20:30:00"))
        orphan.waitUntilExit()
        #expect(orphan.terminationReason == .uncaughtSignal)
        #expect(events.contains(.orphanStopped(pid: orphan.processIdentifier)))
        let calls = try Self.calls(scratch)
        #expect(calls.count == 1)
        #expect(calls.first.map { $0.contains("--start=1800") && $0.contains("民法典.mp4") } == true)
        #expect(!FileManager.default.fileExists(atPath: pidFile.path))
    }

    @Test func theSessionsEndStopsThePlayer() throws {
        let plan = StationPlan(id: "shuangqiao", sessions: [PlannedSession(
            date: try LocalDate(parsing: "2026-12-05"), start: try TimeOfDay(parsing: "19:00"), end: try TimeOfDay(parsing: "20:00"),
            kind: .weekly, items: [PlaybackScratch.item(1, "长讲座.mp4", offset: 0, minutes: 90)])], warnings: [])
        let scratch = try PlaybackScratch(plan: plan)
        defer { scratch.remove() }
        let events = try scratch.play(JumpingClock("2026-12-05 19:30:00", step: 60), heartbeat: 0.05)
        #expect(events.contains { if case .stopped(_, _, .stoppedAtEnd) = $0 { true } else { false } })
    }

    @Test func forgedManifestAndPlanPathsAreRefused() throws {
        var plan = StationPlan(id: "shuangqiao", sessions: [PlannedSession(
            date: try LocalDate(parsing: "2026-12-05"), start: try TimeOfDay(parsing: "19:00"), end: try TimeOfDay(parsing: "21:00"),
            kind: .studyDay, items: [
                PlaybackScratch.item(1, "a.mp4", offset: 0, minutes: 10), PlaybackScratch.item(2, "/etc/hostname", offset: 600, minutes: 10),
                PlaybackScratch.item(3, "c.mp4", offset: 1200, minutes: 10), PlaybackScratch.item(4, "d.mp4", offset: 1800, minutes: 10),
            ])], warnings: [])
        for index in plan.sessions[0].items.indices { plan.sessions[0].items[index].path = plan.sessions[0].items[index].title }
        let scratch = try PlaybackScratch(plan: plan)
        defer { scratch.remove() }
        let courseware = scratch.root.appendingPathComponent("课件")
        try FileManager.default.removeItem(at: courseware.appendingPathComponent("c.mp4"))
        try FileManager.default.createSymbolicLink(atPath: courseware.appendingPathComponent("c.mp4").path, withDestinationPath: "/etc/passwd")
        let manifest = BundleManifest(station: "shuangqiao", month: "2026-12", generated: "2026-11-25T00:00:00Z", files: [], courseware: [
            .init(path: "a.mp4", size: 4, fingerprint: "", bundlePath: "../../../../etc/passwd"),
            .init(path: "c.mp4", size: 4, fingerprint: "", bundlePath: "../课件/c.mp4"),
            .init(path: "d.mp4", size: 4, fingerprint: "", bundlePath: "../课件/d.mp4"),
        ])
        try JSONEncoder().encode(manifest).write(to: scratch.bundle.appendingPathComponent(BundleManifest.fileName))
        let events = try scratch.play(JumpingClock("2026-12-05 19:00:00"), startNow: true)
        let refused = events.compactMap { if case .refused(let cue, _) = $0 { cue.title } else { nil } }
        #expect(refused == ["a.mp4", "/etc/hostname", "c.mp4"], "\(events)")
        let calls = try Self.calls(scratch)
        #expect(calls.count == 1 && calls[0].contains("d.mp4"))
    }

    @Test func aReadOnlyBundlePlaysWithItsLogElsewhere() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        let logs = scratch.root.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: scratch.bundle.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.bundle.path) }
        try scratch.play(JumpingClock("2026-12-05 19:00:00"), startNow: true, logDirectory: logs)
        let log = try String(contentsOf: logs.appendingPathComponent("playlog-2026-12.csv"), encoding: .utf8)
        #expect(log.contains("../课件/宪法.mp4") && log.contains("../课件/民法典.mp4"))
        #expect(!FileManager.default.fileExists(atPath: scratch.bundle.appendingPathComponent("playlog-2026-12.csv").path))
    }

    @Test func aLogThatIsAPipeOrALinkIsRefused() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        let log = scratch.bundle.appendingPathComponent("playlog-2026-12.csv")
        #expect(mkfifo(log.path, 0o644) == 0)
        #expect { try scratch.play(JumpingClock("2026-12-05 19:00:00"), startNow: true) } throws: { "\($0)".contains("管道") }
        try FileManager.default.removeItem(at: log)
        try FileManager.default.createSymbolicLink(atPath: log.path, withDestinationPath: "/tmp/elsewhere.csv")
        #expect { try scratch.play(JumpingClock("2026-12-05 19:00:00"), startNow: true) } throws: { "\($0)".contains("符号链接") }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/elsewhere.csv"))
        #expect(!FileManager.default.fileExists(atPath: scratch.calls.path))
    }

    @Test func aMissingCourseIsFilledWithTheOpenDayLoopAndLogged() throws {
        let plan = StationPlan(id: "shuangqiao", sessions: [
            PlannedSession(
                date: try LocalDate(parsing: "2026-12-05"), start: try TimeOfDay(parsing: "19:00"), end: try TimeOfDay(parsing: "21:00"),
                kind: .studyDay, items: [PlaybackScratch.item(1, "缺.mp4", offset: 0, minutes: 60), PlaybackScratch.item(2, "民法典.mp4", offset: 3600, minutes: 60)]),
            PlannedSession(
                date: try LocalDate(parsing: "2026-12-12"), start: try TimeOfDay(parsing: "08:30"), end: try TimeOfDay(parsing: "21:30"),
                kind: .openDay, items: [PlaybackScratch.item(3, "循环.mp4", offset: 0, minutes: 30)]),
        ], warnings: [])
        let missing = try #require(plan.sessions[0].items.first?.path)
        let scratch = try PlaybackScratch(plan: plan, missing: [missing])
        defer { scratch.remove() }
        let events = try scratch.play(JumpingClock("2026-12-05 19:00:00"))
        #expect(events.contains { if case .filler(let cue, _) = $0 { cue.title == "循环.mp4" } else { false } })
        let calls = try Self.calls(scratch)
        #expect(calls.count == 2 && calls[0].contains("循环.mp4") && calls[1].contains("民法典.mp4"))
        let notes = try scratch.logLines().map { $0[4] }
        #expect(notes == [StationPlayback.missingFilledNote, StationPlayback.fillerNote, ""])
    }
}
