import Foundation
import ProgrammeGuide
import Testing

/// Issue 26: whether a feed is complete is read from the feed (its closing `</tv>`), not guessed from its tail.
@Suite("A feed is cut off only when it never reached </tv>")
struct CompletenessTests {
    func refusal(_ text: String, gzip: Bool = false) throws -> GuideError {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yj-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("feed.xml")
        try Data(text.utf8).write(to: url)
        var error = GuideError(kind: .unreadable, path: "", message: "未报错")
        do {
            _ = try GuideReader.read(contentsOf: url)
        } catch let thrown {
            error = thrown
        }
        return error
    }

    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tv generator-info-name="epg">
        <channel id="CCTV1"><display-name lang="zh">CCTV-1 综合</display-name></channel>
        <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="CCTV1"><title lang="zh">新闻联播</title></programme>

        """

    @Test("a complete feed with something after </tv> is a malformed feed, not a cut-off download")
    func contentAfterClose() throws {
        let error = try refusal(Self.head + "</tv>\n<!-- generated -->\n\u{1A}\n")
        #expect(error.kind == .malformed)
        #expect(!error.message.contains("截断"))
        #expect(error.message.contains("根元素结束后还有内容"))
    }

    @Test("a mistake in the middle of a feed is not reported as truncation, though the tail lacks </tv>")
    func mistakeInside() throws {
        let error = try refusal(
            Self.head + "<programme start=\"20261201193000 +0800\" channel=\"CCTV1\"><title>A & B</title></programme>\n"
                + String(repeating: "<programme start=\"20261201200000 +0800\" channel=\"CCTV1\"><title>x</title></programme>\n", count: 50))
        #expect(error.kind == .malformed)
        #expect(error.line == 5)
        #expect(!error.message.contains("截断"))
    }

    @Test("a feed that stops inside a tag or inside text is cut off", arguments: [
        "<programme start=\"20261201193000 +0800\" stop=\"2026120120", "<programme start=\"20261201193000 +0800\" channel=\"CCTV1\"><title>焦点访",
        "<programme start=\"20261201193000 +0800\" channel=\"CCTV1\"><title>焦点访谈</title></programme>\n",
    ])
    func cutOff(tail: String) throws {
        let error = try refusal(Self.head + tail)
        #expect(error.kind == .malformed)
        #expect(error.message.contains("截断"))
        #expect(error.message.contains("重新下载"))
    }
}
