import Foundation
import ProgrammeGuide
import Testing

/// What a librarian hears about a guide file that cannot be read, and the .xml.gz read directly.
@Suite("Guide files: folders, devices, empty, truncated, HTML, gzip")
struct GuideFileTests {
    func refusal(_ url: URL) throws -> GuideError {
        do {
            _ = try GuideReader.read(contentsOf: url)
        } catch {
            return error
        }
        Issue.record("\(url.path) was read")
        return GuideError(kind: .unreadable, path: "", message: "")
    }

    @Test("a gzipped guide is read directly")
    func gzipped() throws {
        let guide = try Fixture.read("gzipped.xml.gz")
        #expect(guide.programmes.map { $0.titles.preferred() } == ["科技苑"])
        #expect(guide.channels.map(\.id) == ["CCTV-7"])
    }

    @Test("a folder says it is a folder")
    func folder() throws {
        let error = try refusal(FileManager.default.temporaryDirectory)
        #expect(error.kind == .unreadable)
        #expect(error.message.contains("这是一个文件夹"))
    }

    @Test("a device or a FIFO is refused at once, not read forever")
    func devices() throws {
        let zero = try refusal(URL(fileURLWithPath: "/dev/zero"))
        #expect(zero.message.contains("不是普通文件"))
        let url = try Fixture.temporary([], name: "placeholder")
        defer { Fixture.remove(url) }
        let fifo = url.deletingLastPathComponent().appendingPathComponent("guide.fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(try refusal(fifo).message.contains("不是普通文件"))
    }

    @Test("an empty file says the file is empty")
    func empty() throws {
        let url = try Fixture.temporary([])
        defer { Fixture.remove(url) }
        #expect(try refusal(url).message.contains("文件是空的"))
        let blank = try Fixture.temporary(Array("\n  \n".utf8))
        defer { Fixture.remove(blank) }
        #expect(try refusal(blank).message.contains("只有空白"))
    }

    @Test("an HTML error page says it is a web page")
    func html() throws {
        let error = try refusal(Fixture.url("html-error-page.xml"))
        #expect(error.message.contains("这是网页（HTML）"))
    }

    @Test("a truncated download says it looks cut off and to download it again")
    func truncated() throws {
        let error = try refusal(Fixture.url("truncated.xml"))
        #expect(error.kind == .malformed)
        #expect(error.message.contains("截断"))
        #expect(error.message.contains("重新下载"))
    }
}
