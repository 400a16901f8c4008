import Foundation
import ProgrammeGuide
import Testing

@Suite("Errors and warnings")
struct ErrorTests {
    @Test("a malformed guide reports the first error's exact line and column")
    func malformed() throws {
        let url = URL(
            fileURLWithPath: "Tests/ProgrammeGuideTests/Fixtures/malformed.xml", relativeTo: Fixture.packageRoot)
        let result = Result { () throws(GuideError) in try GuideReader.read(contentsOf: url) }
        let refused = try #require(result.failure)
        #expect(refused.kind == .malformed)
        #expect(refused.line == 7)
        #expect(refused.column == 33)
        #expect(refused.path == "Tests/ProgrammeGuideTests/Fixtures/malformed.xml")
        #expect(refused.description.hasPrefix("Tests/ProgrammeGuideTests/Fixtures/malformed.xml:7:33: 结束标签与开始标签不匹配"))
        #expect(refused.description.contains("title line 7 and titel"))
    }

    @Test("a truncated guide reports where it stops")
    func truncated() throws {
        let url = try Fixture.temporary(Array("<tv>\n  <programme channel=\"a\" start=\"20261201\">\n    <title>半".utf8))
        defer { Fixture.remove(url) }
        #expect {
            try GuideReader.read(contentsOf: url)
        } throws: { error in
            guard let error = error as? GuideError else { return false }
            return error.kind == .malformed && error.line == 3
        }
    }

    @Test("a document that is not XMLTV is refused")
    func notXMLTV() throws {
        let url = try Fixture.temporary(Array("<html><body>节目单</body></html>".utf8))
        defer { Fixture.remove(url) }
        #expect {
            try GuideReader.read(contentsOf: url)
        } throws: { error in
            (error as? GuideError)?.message.contains("这是网页（HTML）") == true
        }
    }

    @Test("a missing file is unreadable")
    func missingFile() {
        #expect {
            try GuideReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/guide.xml"))
        } throws: { error in
            guard let error = error as? GuideError else { return false }
            return error.kind == .unreadable && error.description == "/nonexistent/guide.xml: 找不到这个文件，请检查路径和文件名"
        }
    }

    @Test("programmes with a bad time or no channel are skipped with a warning naming their line")
    func skipped() throws {
        let guide = try Fixture.read("bad-programmes.xml")
        #expect(guide.programmes.map { $0.titles.first?.text } == ["每日农经", "致富经", "谁知盘中餐"])
        #expect(guide.channels.map(\.id) == ["CCTV-7"])
        let byLine = Dictionary(grouping: guide.warnings, by: \.line).mapValues { $0.map(\.message) }
        #expect(byLine[4] == ["频道没有写编号（id），节目无法指向它，已跳过"])
        #expect(byLine[8]?.first?.contains("开始时间“2026-12-01 18:30”无法识别") == true)
        #expect(byLine[11] == ["节目「缺少频道」没有写频道，已跳过"])
        #expect(byLine[14] == ["频道 CCTV-7 的节目「缺少开始时间」没有开始时间，已跳过"])
        #expect(byLine[17]?.first?.contains("20261231250000") == true)
        #expect(byLine[20]?.first == "频道 CCTV-7 的节目「结束早于开始」（2026-12-01 20:00）的结束时间早于开始时间，已跳过")
        #expect(byLine[23]?.first?.contains("fortnights") == true)
        #expect(guide.warnings.count == 7)
        let first = try #require(guide.warnings.first)
        #expect(first.description == "\(first.path):4: 频道没有写编号（id），节目无法指向它，已跳过")
    }

    @Test("lines past 65 535, which libxml2 2.9 does not keep on elements, are still exact")
    func bigLines() throws {
        var text = "<tv>\n"
        for hour in 0..<24_000 {
            let time = String(format: "202612%02d%02d0000 +0800", 1 + hour / 24 % 28, hour % 24)
            text += "  <programme start=\"\(time)\" channel=\"CCTV-7\">\n    <title>节目 \(hour)</title>\n  </programme>\n"
        }
        // Line 72 002: a programme with a bad time, then one more.
        text += "  <programme start=\"bad\" channel=\"CCTV-7\">\n    <title>坏</title>\n  </programme>\n"
        text += "  <programme start=\"20261231000000 +0800\" channel=\"CCTV-7\">\n    <title>末</title>\n  </programme>\n</tv>\n"
        let url = try Fixture.temporary(Array(text.utf8))
        defer { Fixture.remove(url) }
        let guide = try GuideReader.read(contentsOf: url)
        #expect(guide.warnings.map(\.line) == [72_002])
        #expect(guide.programmes.count == 24_001)
        #expect(guide.programmes[21_844].line == 65_534)
        #expect(guide.programmes[21_845].line == 65_537)
        #expect(guide.programmes.last?.line == 72_005)
    }

    @Test("an empty file is malformed")
    func empty() throws {
        let url = try Fixture.temporary([UInt8]())
        defer { Fixture.remove(url) }
        #expect(throws: GuideError.self) { try GuideReader.read(contentsOf: url) }
    }
}
