import Foundation
import ProgrammeGuide
import Testing

@Suite("Start tags that would make libxml2 work for minutes")
struct StartTagGuardTests {
    func refusal(_ xml: String, options: GuideOptions = .init()) throws -> GuideError? {
        let url = try Fixture.temporary(Array(xml.utf8))
        defer { Fixture.remove(url) }
        do {
            _ = try GuideReader.read(contentsOf: url, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test("an element with 200,000 attributes is refused before libxml2 parses it, naming the byte offset")
    func manyAttributes() throws {
        let attributes = (0..<200_000).map { " a\($0)=\"1\"" }.joined()
        let error = try #require(try refusal("<tv><programme channel=\"c\" start=\"20261201\"\(attributes)/></tv>"))
        #expect(error.kind == .limitExceeded)
        #expect(error.message == "第 4 字节处一个元素的属性超过 256 个，不像真实节目单（疑似恶意构造），拒绝读取")
    }

    @Test("a start tag of megabytes is refused; quoted > and = do not confuse the count")
    func longTag() throws {
        let value = String(repeating: "x", count: 60_000)
        let attributes = (0..<6).map { " v\($0)=\"\(value)\"" }.joined()
        let error = try #require(try refusal("<tv><channel id=\"c\"\(attributes)/></tv>"))
        #expect(error.kind == .limitExceeded)
        #expect(error.message.contains("开始标签长达 256 KB 以上"))
        let tricky = "<tv><!-- a=b=c --><programme channel=\"c\" start=\"20261201\" x=\"a>b=c\"><title>t</title></programme></tv>"
        #expect(try refusal(tricky, options: GuideOptions(maxAttributes: 3)) == nil)
    }
}
