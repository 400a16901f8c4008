import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// Matching on real plans: the sample county planned for two months through the front door, play logs
/// generated from those plans with planted cases (a skipped session, a half-played item, a late start, an
/// unplanned film night), imported as a station would send them, and every case found where it was planted.
@Suite struct PlantedCasesTests {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    @Test func plantedCasesOnRealPlansAreFound() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-planted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace(
            catalogPath: root.appendingPathComponent("catalog.sqlite").path,
            data: CatalogData(directory: Self.repository.appendingPathComponent("Catalog")))
        _ = try workspace.index(paths: [Self.repository.appendingPathComponent("Samples/courseware").path])
        let context = try workspace.planningContext(stationsFile: Self.repository.appendingPathComponent("Samples/stations.yaml"))
        var counts: [PlayOutcome: Int] = [:]
        var lateStarts = 0, filmNights = 0
        for text in ["2026-11", "2026-12"] {
            let month = try YearMonth(parsing: text)
            let plan = try workspace.plan(context, month: month)
            for station in plan.stations {
                let planted = Planted(station)
                let log = root.appendingPathComponent("\(station.id)-playlog-\(text).csv")
                try Data((["start,end,file,station"] + planted.lines).joined(separator: "\n").utf8).write(to: log)
                let report = try workspace.importPlayLog(files: [log], by: "测试")
                #expect(report.problems.isEmpty, "\(station.id) \(text): \(report.problems.map(\.text))")
                planted.check(report.matches.filter { $0.station == station.id }, month: text)
                for outcome in planted.expected.values { counts[outcome, default: 0] += 1 }
                lateStarts += planted.late == nil ? 0 : 1
                filmNights += planted.filmNight == nil ? 0 : 1
            }
        }
        // Every case was planted on many station-months, not just found vacuously.
        #expect(counts[.notPlayed, default: 0] >= 10 && counts[.partlyPlayed, default: 0] >= 5 && counts[.played, default: 0] >= 50)
        #expect(lateStarts >= 5 && filmNights >= 10)
    }

    /// The log of one station-month as the plan says, except for the planted cases; study sessions only.
    struct Planted {
        var lines: [String] = []
        var expected: [String: PlayOutcome] = [:]
        var late: String?
        var filmNight: String?
        let station: String

        init(_ plan: StationPlan) {
            station = plan.id
            // Only (day, file) pairs the plan has once: matching is by day and file.
            var seen: [String: Int] = [:]
            for session in plan.sessions { for item in session.items { seen[key(session.date, item.path), default: 0] += 1 } }
            let study = plan.sessions.filter { $0.kind != .openDay && !$0.items.isEmpty }
            for (index, session) in study.enumerated() {
                let skipped = index == 0
                let lateMinutes = index == 1 ? 20 : 0
                var clock = session.start.minutes * 60 + lateMinutes * 60
                for (position, item) in session.items.enumerated() {
                    let k = key(session.date, item.path)
                    guard seen[k] == 1 else { continue }
                    if skipped { expected[k] = .notPlayed; continue }
                    let half = index == 2 && position == 0
                    let length = half ? item.durationSeconds / 2 : item.durationSeconds
                    append(session.date, from: clock, seconds: length, path: item.path)
                    clock += length
                    expected[k] = half ? .partlyPlayed : .played
                    if lateMinutes > 0 && position == 0 { late = k }
                }
            }
            // A film night on a day without any session: a course of the month played outside the plan.
            let busy = Set(plan.sessions.map(\.date))
            if let course = study.last?.items.first?.path, let month = study.first?.date.yearMonth,
               let free = month.days.first(where: { !busy.contains($0) }) {
                append(free, from: 20 * 3600, seconds: 900, path: course)
                filmNight = key(free, course)
            }
        }

        private mutating func append(_ date: LocalDate, from: Int, seconds: Int, path: String) {
            let start = LogTime(date: date, seconds: from), end = start.adding(seconds: seconds)
            let file = path.contains(",") ? "\"\(path)\"" : path
            lines.append("\(start),\(end),\(file),\(station)")
        }

        func check(_ matches: [PlayMatch], month: String) {
            let byKey = Dictionary(matches.map { (key($0.date, $0.file), $0) }, uniquingKeysWith: { first, _ in first })
            // A month whose sample courses ran out (the small sample county, no repeats within 12 months) has nothing to plant.
            if !expected.isEmpty { #expect(expected.values.contains(.notPlayed), "\(station) \(month): no skipped session planted") }
            for (k, outcome) in expected {
                #expect(byKey[k]?.outcome == outcome, "\(station) \(month) \(k)")
            }
            if let late { #expect(byKey[late]?.lateMinutes == 20, "\(station) \(month) late start") }
            if let filmNight {
                #expect(matches.contains { key($0.date, $0.file) == filmNight && $0.outcome == .unplanned }, "\(station) \(month) film night")
            }
        }
    }
}

private func key(_ date: LocalDate, _ path: String) -> String { "\(date)|\(PlayMatcher.fileName(path))" }
