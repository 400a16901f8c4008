import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// Returned files from many machines: a log of a station or month the county never planned, a log inside
/// another station's bundle, a sign-in for a day without a session, and control characters in any field.
@Suite struct ReturnedFileTrustTests {
    static let line = "2026-12-05 19:00,2026-12-05 20:00,宪法.mp4"

    @Test(arguments: [
        ("playlog-2026-12.csv", "\(line),nowhere", "nowhere"),
        ("playlog-2099-12.csv", "2099-12-05 19:00,2099-12-05 20:00,宪法.mp4,shuangqiao", "2099-12"),
        ("playlog-1970-01.csv", "1970-01-03 19:00,1970-01-03 20:00,宪法.mp4,shuangqiao", "1970-01"),
        ("other.csv", "2031-05-05 19:00,2031-05-05 20:00,宪法.mp4,shuangqiao", "2031-05"),
    ])
    func aLogOfAStationMonthNeverPlannedIsRefusedNamingIt(name: String, line: String, named: String) throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let log = try scratch.log([line], name: name)
        let report = try scratch.workspace.importPlayLog(files: [log])
        #expect(report.added == 0 && report.problems.map(\.kind) == [.notPlanned])
        #expect(report.problems.first?.text.contains(named) == true)
        #expect(report.problems.first?.text.hasPrefix("\(log.path):2: ") == true)
        #expect(try scratch.workspace.playLog(from: "1900-01-01", to: "2200-01-01").isEmpty)
    }

    @Test func aLogInsideAnotherStationsBundleIsRefusedNamingBoth() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let bundle = scratch.root.appendingPathComponent("guangshun")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        let manifest = BundleManifest(station: "guangshun", month: "2026-12", generated: "2026-11-25T00:00:00Z", files: [], courseware: [])
        try JSONEncoder().encode(manifest).write(to: bundle.appendingPathComponent(BundleManifest.fileName))
        let log = bundle.appendingPathComponent("playlog-2026-12.csv")
        try Data("start,end,file,station\n\(Self.line),shuangqiao\n".utf8).write(to: log)
        let report = try scratch.workspace.importPlayLog(files: [log])
        #expect(report.added == 0 && report.problems.map(\.kind) == [.otherBundle])
        let text = try #require(report.problems.first?.text)
        #expect(text.contains("shuangqiao") && text.contains("guangshun"))
        #expect(try scratch.workspace.playLog(from: "2026-12-01", to: "2027-01-01").isEmpty)
    }

    static let hostileFields = ["\u{1B}[2J\u{1B}[H", "\u{7}", "\u{9B}31m", "a\rforged line", "a\nforged line", "\u{202E}4pm.exe", "\u{0}"]

    @Test(arguments: hostileFields)
    func controlCharactersInAPlayLogReachTheTerminalEscaped(hostile: String) throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let quoted = "\"宪法\(hostile).mp4\""
        let log = try scratch.log(["2026-12-05 19:00,2026-12-05 20:00,\(quoted),shuangqiao"])
        let report = try scratch.workspace.importPlayLog(files: [log])
        #expect(!report.problems.isEmpty)
        let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.unicodeScalars.contains(where: TerminalSafeText.isUnsafe(_:)) })
        #expect(!lines.contains { $0.hasPrefix("forged") })
        #expect(report.text.contains("\\x") || report.text.contains("\\u{"))
    }

    @Test(arguments: hostileFields)
    func controlCharactersInASignInSheetReachTheTerminalEscaped(hostile: String) throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(AttendanceImportTests.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let sheet = scratch.root.appendingPathComponent("签到.csv")
        try Data(AttendanceImportTests.sheet(date: "2026-12-05", rows: ["1,\"赵\(hostile)六\",,,赵六,"]).utf8).write(to: sheet)
        let report = try scratch.workspace.importAttendance(files: [sheet], context: context)
        #expect(report.problems.map(\.kind) == [.notOnList])
        let lines = report.text.split(separator: "\n")
        #expect(!lines.contains { $0.unicodeScalars.contains(where: TerminalSafeText.isUnsafe(_:)) })
        #expect(lines.count == 4)
    }

    @Test(arguments: ["2026-12-06", "2099-12-05", "1970-01-01"])
    func aSignInOnADayWithoutASessionIsReportedPerLine(date: String) throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(AttendanceImportTests.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let sheet = scratch.root.appendingPathComponent("签到.csv")
        try Data(AttendanceImportTests.sheet(date: date, rows: ["1,张三,党员,一组,张三,"]).utf8).write(to: sheet)
        let report = try scratch.workspace.importAttendance(files: [sheet], context: context)
        #expect(report.added == 0 && report.problems.map(\.kind) == [.noSession])
        #expect(report.problems.first?.text.contains(date) == true)
        #expect(try scratch.workspace.attendance(from: "1900-01-01", through: "2200-01-01").isEmpty)
    }

    @Test func escapingKeepsChineseAndShowsEachControlCharacter() {
        #expect(TerminalSafeText.escaped("宪法讲座.mp4") == "宪法讲座.mp4")
        #expect(TerminalSafeText.escaped("a\u{1B}[2Jb") == "a\\x1B[2Jb")
        #expect(TerminalSafeText.escaped("\u{9B}\u{7F}\u{0}") == "\\x9B\\x7F\\x00")
        #expect(TerminalSafeText.escaped("\u{202E}txt") == "\\u{202E}txt")
    }
}
