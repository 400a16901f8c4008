import Foundation
import Testing
@testable import Yuanjiao

/// `playlog import`: planted cases matched against the plan, and every bad line reported by file and line.
@Suite struct PlayLogImportTests {
    @Test func plantedCasesAreMatched() throws {
        let scratch = try HeldScratch(indexChildren: true)
        defer { scratch.remove() }
        let url = try scratch.log([
            // 12-05: late start of the first item (19:20), the second half-played.
            "2026-12-05 19:20,2026-12-05 20:20,宪法.mp4,shuangqiao",
            "2026-12-05 20:20:00,2026-12-05 20:50:00,D:\\远教\\课件\\民法典.mp4,shuangqiao",
            // 12-10 skipped entirely; 12-19 played on time.
            "2026-12-19 19:00,2026-12-19 20:00,土地法.mp4,shuangqiao",
            // A film night nobody planned.
            "2026-12-24 19:30,2026-12-24 19:45,安全教育动画（第2集）.mp4,shuangqiao",
        ])
        let report = try scratch.workspace.importPlayLog(files: [url], by: "测试")
        #expect(report.problems.isEmpty, "\(report.problems.map(\.text))")
        #expect(report.added == 4)
        let byFile = Dictionary(uniqueKeysWithValues: report.matches.map { ($0.file, $0) })
        #expect(byFile["宪法.mp4"]?.outcome == .played)
        #expect(byFile["宪法.mp4"]?.lateMinutes == 20)
        #expect(byFile["民法典.mp4"]?.outcome == .partlyPlayed)
        #expect(byFile["民法典.mp4"]?.playedSeconds == 1800)
        #expect(byFile["反诈.mp4"]?.outcome == .notPlayed)
        #expect(byFile["土地法.mp4"]?.outcome == .played)
        #expect(byFile["安全教育动画（第2集）.mp4"]?.outcome == .unplanned)

        let again = try scratch.workspace.importPlayLog(files: [url], by: "测试")
        #expect(again.added == 0 && again.unchanged == 4 && again.problems.isEmpty)
        #expect(again.matches == report.matches)
    }

    @Test func badLinesAreReportedAndTheRestIsKept() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let url = try scratch.log([
            "2026-12-05 19:00,2026-12-05 20:00,宪法.mp4,shuangqiao",
            "2026-12-05 19:30,2026-12-05 20:10,民法典.mp4,shuangqiao",
            "2026-12-10 19:00,2026-12-10 20:00,反诈.mp4,guangshun",
            "2026-11-30 19:00,2026-11-30 20:00,反诈.mp4,shuangqiao",
            "2026-12-10 19:00,2026-12-10 20:00,不存在.mp4,shuangqiao",
            "2026-12-10 七点,2026-12-10 20:00,反诈.mp4,shuangqiao",
            "2026-12-10 20:00,2026-12-10 19:00,反诈.mp4,shuangqiao",
            "2026-12-10 19:00,,反诈.mp4,shuangqiao",
            "2026-12-19 19:00,2026-12-19 20:00,土地法.mp4,shuangqiao",
            "2026-12-19 19:00,2026-12-19 20:00,土地法.mp4,shuangqiao",
        ])
        let report = try scratch.workspace.importPlayLog(files: [url], by: "测试")
        let kinds = Dictionary(uniqueKeysWithValues: report.problems.map { ($0.line, $0.kind) })
        #expect(kinds == [3: .overlap, 4: .otherStation, 5: .outsideMonth, 6: .unknownFile, 7: .badTime, 8: .endBeforeStart, 9: .missingField])
        #expect(report.problems.allSatisfy { $0.file == url.path })
        #expect(report.problems.first { $0.line == 4 }?.text == "\(url.path):4: 站点“guangshun”与本文件的站点不同：每个站点的播放记录要分开导入")
        #expect(report.added == 2 && report.unchanged == 1)
    }

    @Test func unreadableFilesAndHeadersAreReported() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let header = try scratch.log(["2026-12-05 19:00,2026-12-05 20:00,宪法.mp4"], header: "开始,结束,文件")
        let missing = scratch.root.appendingPathComponent("playlog-2026-11.csv")
        let gbk = scratch.root.appendingPathComponent("playlog-2026-12-gbk.csv")
        // "开始,结束,文件,站点" and one line, in GBK as WPS saves it.
        let text = "开始,结束,文件,站点\n2026-12-05 19:00,2026-12-05 20:00,宪法.mp4,shuangqiao\n"
        try Data(text.gbkBytes).write(to: gbk)
        let report = try scratch.workspace.importPlayLog(files: [header, missing, gbk], by: "测试")
        #expect(report.problems.map(\.kind) == [.badHeader, .unreadable])
        #expect(report.problems[0].text.contains("缺少 station"))
        #expect(report.added == 1)
    }
}

extension String {
    /// GBK bytes for the characters the tests use (through glibc iconv, as the product reads them).
    var gbkBytes: [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GBK"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try? process.run()
        input.fileHandleForWriting.write(Data(utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
