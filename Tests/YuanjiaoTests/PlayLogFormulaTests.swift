import Foundation
import Testing
@testable import Yuanjiao

/// Point 15 for `play`'s own log: its cells go through `CSVWriter` like every CSV Yuanjiao writes, so a course
/// file named like a formula opens as text in WPS/Excel, and `playlog import` reads back the real name.
@Suite("play's log neutralises spreadsheet formulas")
struct PlayLogFormulaTests {
    static let hostileNames = [
        "=HYPERLINK(\"http://example.com\",\"点我\").mp4", "+cmd|' /C calc'!A0.mp4", "-2+3.mp4", "@SUM(1,2).mp4",
        "普通,带逗号.mp4", "带\"引号\".mp4",
    ]

    @Test("each hostile name is written with a leading ' and read back as itself", arguments: hostileNames)
    func roundTrip(name: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yj-playlog-formula-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("playlog-2026-12.csv")
        do {
            let log = try StationPlayLog(url: url)
            let entry = try log.begin(name, station: "shuangqiao", at: LogTime(parsing: "2026-12-05 19:00")!)
            try log.finish(entry, at: LogTime(parsing: "2026-12-05 19:30")!, note: "")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").dropFirst().first.map(String.init))
        let cell = String(line.dropFirst(20 + 20))
        if let first = name.first, CSVWriter.formulaStarts.contains(first) {
            #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"), "\(cell)")
        }
        let sheet = PlayLogSheet(url: url)
        #expect(sheet.problems.isEmpty, "\(sheet.problems.map(\.text))")
        #expect(sheet.lines.map(\.path) == [name])
    }

    @Test("a gap left by a power cut names the file as it was, not as neutralised")
    func gap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yj-playlog-gap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("playlog-2026-12.csv")
        do {
            let log = try StationPlayLog(url: url)
            _ = try log.begin("=危险.mp4", station: "shuangqiao", at: LogTime(parsing: "2026-12-05 19:00")!)
        }
        let gaps = try StationPlayLog(url: url).closeInterrupted()
        #expect(gaps.map(\.file) == ["=危险.mp4"])
    }
}
