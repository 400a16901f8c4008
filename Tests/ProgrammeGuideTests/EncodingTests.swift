import Foundation
import ProgrammeGuide
import Testing

@Suite("Encodings")
struct EncodingTests {
    static let title = "果树冬季修剪技术"
    static let description = "示范冬季整形修剪，讲解人：李喆、王堃。"

    @Test(
        "every encoding reads to the same text",
        arguments: [
            "utf8-bom.xml", "utf8-undeclared.xml", "utf16le-bom.xml", "utf16be-bom.xml", "gbk-declared.xml",
            "gb18030-declared.xml", "gb18030-undeclared.xml",
        ])
    func sameText(file: String) throws {
        let guide = try Fixture.read(file)
        #expect(guide.channels.first?.displayNames.first?.text == "农广天地")
        let programme = try #require(guide.programmes.first)
        #expect(programme.channel == "农广天地")
        #expect(programme.titles.first?.text.hasPrefix(Self.title) == true)
        #expect(programme.descriptions.first?.text == Self.description)
        #expect(programme.start == Fixture.beijing(2026, 12, 5, 19))
    }

    @Test("GB18030 four-byte characters survive")
    func fourByte() throws {
        let guide = try Fixture.read("gb18030-declared.xml")
        #expect(guide.programmes.first?.titles.first?.text == "果树冬季修剪技术（刘䶮）")
    }

    @Test("a guide declared GB2312 that uses GBK characters is read as GB18030, its superset")
    func gb2312Superset() throws {
        let guide = try Fixture.read("gb2312-declared.xml")
        #expect(guide.programmes.first?.descriptions.first?.text == Self.description)
        #expect(guide.warnings.isEmpty)
    }

    @Test("an undeclared guide that is not UTF-8 is read as GB18030, with a warning")
    func undeclaredDetected() throws {
        let guide = try Fixture.read("gb18030-undeclared.xml")
        #expect(guide.warnings.map(\.message) == ["没有声明编码，内容也不是有效的 UTF-8，按 GB18030 读取"])
        let undeclaredUTF8 = try Fixture.read("utf8-undeclared.xml")
        #expect(undeclaredUTF8.warnings.isEmpty)
    }

    @Test("detection looks at the whole file, not only its start")
    func lateNonUTF8() throws {
        let guide = try Fixture.read("gb18030-undeclared-late.xml")
        #expect(guide.programmes.count == 25)
        #expect(guide.programmes.last?.titles.first?.text == Self.title)
    }

    @Test("a guide declared UTF-8 whose bytes are not is refused at the first bad byte")
    func declaredWrong() {
        #expect {
            try Fixture.read("utf8-declared-gb-bytes.xml")
        } throws: { error in
            guard let error = error as? GuideError else { return false }
            return error.kind == .encoding && error.line == 3
        }
    }

    @Test("bytes that iconv cannot convert refuse the guide with their position, and nothing is printed")
    func unconvertible() throws {
        let result = Result { () throws(GuideError) in try Fixture.read("gb18030-invalid-bytes.xml") }
        let error = try #require(result.failure)
        #expect(error.kind == .encoding)
        #expect(error.line == 3)
        #expect(error.message.contains("0x84 0x31 0xFF 0xFF"))
    }

    @Test("the caller can force an encoding")
    func forced() throws {
        let guide = try Fixture.read("gb18030-undeclared.xml", options: GuideOptions(encoding: "GB18030"))
        #expect(guide.programmes.first?.titles.first?.text == Self.title)
        #expect(guide.warnings.isEmpty)
    }

    @Test("the GB18030 sample guide reads")
    func sample() throws {
        let guide = try GuideReader.read(contentsOf: Fixture.samples.appendingPathComponent("sample-guide-gb18030.xml"))
        #expect(guide.warnings.isEmpty)
        #expect(guide.channels.map(\.id) == ["农广天地"])
        #expect(guide.programmes.count == 5)
        #expect(guide.programmes.allSatisfy { $0.channel == "农广天地" })
        #expect(guide.programmes.first?.titles.first?.text == "果树冬季修剪技术")
        #expect(guide.programmes.last?.stop == Fixture.beijing(2026, 12, 6, 20, 30))
    }
}
