import Foundation
import Planner
@testable import Yuanjiao

/// A clock that never waits: sleeping moves it on, and each reading moves it on by `step` seconds.
final class JumpingClock: PlaybackClock {
    var current: LogTime
    var step: Int
    private(set) var slept = 0

    init(_ text: String, step: Int = 0) {
        current = LogTime(parsing: text)!
        self.step = step
    }

    func now() -> LogTime {
        defer { current = current.adding(seconds: step) }
        return current
    }

    func sleep(seconds: Int) {
        slept += seconds
        current = current.adding(seconds: seconds)
    }
}

/// A station bundle folder (plan.json, manifest.json, tiny stand-in courseware) and a fake `mpv` on a
/// PATH of its own that sleeps a moment and exits as the file's name asks: `…退出3…` exits 3,
/// `…被杀…` kills itself. Never plays real media.
struct PlaybackScratch {
    let root: URL
    var bundle: URL { root.appendingPathComponent("shuangqiao") }
    var bin: URL { root.appendingPathComponent("bin") }
    var calls: URL { root.appendingPathComponent("calls.txt") }

    init(plan: StationPlan = HeldScratch.plan, missing: Set<String> = []) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-play-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let month = plan.sessions.first?.date.yearMonth ?? HeldScratch.month
        try JSONEncoder().encode(MonthPlan(month: month, stations: [plan])).write(to: bundle.appendingPathComponent("plan.json"))
        var courseware: [BundleManifest.Courseware] = []
        for item in plan.sessions.flatMap(\.items) where !missing.contains(item.path) {
            let bundlePath = "../课件/" + (item.path.split(separator: "/").last.map(String.init) ?? item.path)
            courseware.append(.init(path: item.path, size: 4, fingerprint: "", bundlePath: bundlePath))
            let file = bundle.appendingPathComponent(bundlePath).standardizedFileURL
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("fake".utf8).write(to: file)
        }
        let manifest = BundleManifest(station: plan.id, month: "\(month)", generated: "2026-11-25T00:00:00Z", files: [], courseware: courseware)
        try JSONEncoder().encode(manifest).write(to: bundle.appendingPathComponent(BundleManifest.fileName))
        let script = """
            #!/bin/sh
            for last in "$@"; do :; done
            echo "$0 $*" >> '\(calls.path)'
            sleep 0.1
            case "$last" in
              *退出3*) exit 3 ;;
              *被杀*) kill -9 $$ ;;
              *长*) sleep 5 ;;
            esac
            exit 0
            """
        let player = bin.appendingPathComponent("mpv")
        try Data(script.utf8).write(to: player)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: player.path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Runs `play` on the bundle with the clock given; returns what it reported.
    @discardableResult
    func play(
        _ clock: JumpingClock, date: String? = nil, startNow: Bool = false, dryRun: Bool = false, logDirectory: URL? = nil,
        heartbeat: Double = 30
    ) throws -> [PlaybackEvent] {
        var events: [PlaybackEvent] = []
        var options = StationPlayback.Options(
            date: try date.map { try LocalDate(parsing: $0) }, dryRun: dryRun, startNow: startNow, searchPath: bin.path)
        options.logDirectory = logDirectory
        options.pidDirectory = root
        options.heartbeat = heartbeat
        try StationPlayback(bundle: try PlaybackBundle.load(bundle), options: options, clock: clock) { events.append($0) }.run()
        return events
    }

    /// The log's lines after the header, fields trimmed.
    func logLines(_ month: String = "2026-12") throws -> [[String]] {
        let text = try String(contentsOf: bundle.appendingPathComponent("playlog-\(month).csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    static func item(_ id: Int64, _ file: String, offset: Int, minutes: Int) -> PlannedItem {
        HeldScratch.item(id, file, file, offset: offset, minutes: minutes)
    }
}
